using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Connect;

/// <summary>
/// The binding between a connection and its TikTok shop: which hosts to call, the client for the shop, linking a
/// shop after consent (webhook subscription, status, flows) and unlinking it.
/// </summary>
public sealed class TikTokShopLink(
    TikTokClientFactory clients,
    IDbContextFactory<PortalDbContext> dbFactory,
    ConnectionSecrets secrets,
    ConnectionJobs jobs,
    PortalLinks links,
    AuditTrail audit,
    Microsoft.Extensions.Options.IOptions<TikTokOptions> options,
    Microsoft.Extensions.Options.IOptions<Fulfillment.FulfillmentPushOptions> fulfillmentOptions,
    TimeProvider clock,
    ILogger<TikTokShopLink> logger) : IConnector
{
    public ConnectorKind Kind => ConnectorKind.TikTokShop;

    public const string OrderWebhookEvent = "ORDER_STATUS_CHANGE";

    public TimeSpan PullInterval => TimeSpan.FromMinutes(options.Value.OrderPullIntervalMinutes);

    /// <summary>How often the inventory push runs on its own (it also runs at once when SFCC levels change).</summary>
    public TimeSpan InventoryPushInterval => TimeSpan.FromSeconds(options.Value.InventoryPushIntervalSeconds);

    public static TikTokEndpoints EndpointsFor(TikTokConnectionSettings settings) =>
        settings is { IsSandbox: true, SandboxBaseUrl: { } sandboxBase }
            ? TikTokEndpoints.Sandbox(new Uri(sandboxBase.TrimEnd('/') + "/"))
            : TikTokEndpoints.Production;

    public static TikTokConnectionSettings Forget(TikTokConnectionSettings settings) =>
        settings with { ShopId = null, ShopCipher = null, ShopName = null, ShopRegion = null, WebhookAddress = null, PendingShops = null };

    public async Task<TikTokAppCredentials> CredentialsAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        var secret = await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct)
            ?? throw new InvalidOperationException($"The app secret of '{connection.DisplayName}' is not set. Enter it under Integrations.");
        return new TikTokAppCredentials(settings.AppKey, secret, settings.ServiceId);
    }

    /// <summary>The API client for the connection's shop (or, before a shop is linked, for the authorization calls).</summary>
    public async Task<TikTokShopClient> ClientAsync(Connection connection, CancellationToken ct, PortalDbContext? db = null)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        TikTokAppCredentials app;
        if (db is null)
        {
            await using var own = await dbFactory.CreateDbContextAsync(ct);
            app = await CredentialsAsync(own, connection, ct);
        }
        else
        {
            app = await CredentialsAsync(db, connection, ct);
        }
        return clients.ForShop(new TikTokShopContext(connection.Id, EndpointsFor(settings), app, settings.ShopCipher, connection.DisplayName));
    }

    /// <summary>Links the chosen shop: stores it, subscribes the order webhook, marks the connection connected and starts its flows.</summary>
    public async Task LinkShopAsync(PortalDbContext db, Member by, Connection connection, TikTokPendingShop shop, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson) with
        {
            ShopId = shop.Id,
            ShopCipher = shop.Cipher,
            ShopName = shop.Name,
            ShopRegion = shop.Region,
            PendingShops = null,
        };
        connection.SettingsJson = settings.Write();

        var address = $"{links.BaseUrl}/webhooks/tiktok/{connection.Id}";
        var client = await ClientAsync(connection, ct, db);
        var subscribed = await client.SubscribeWebhookAsync(address, OrderWebhookEvent, ct);
        connection.Status = ConnectionStatus.Connected;
        if (subscribed.IsSuccess)
        {
            connection.SettingsJson = (settings with { WebhookAddress = address }).Write();
            connection.StatusMessage = $"Connected — {shop.Name} ({shop.Region})";
        }
        else
        {
            // Orders still arrive by polling; say what is missing and how to fix it.
            logger.LogWarning("Webhook subscription refused for {ConnectionId}: {Error}", connection.Id, subscribed.Error);
            connection.StatusMessage = $"Connected — {shop.Name} ({shop.Region}), but TikTok refused the webhook subscription ({subscribed.Error.Message}), so new orders arrive every {PullInterval.TotalMinutes:0} minutes instead of at once. Set Portal:PublicBaseUrl to the portal's public https address and click Connect again.";
        }
        connection.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, by, "Connected", connection, "Shop", $"{shop.Name} ({shop.Region}, id {shop.Id})");
        await db.SaveChangesAsync(ct);
        await ApplyScheduleAsync(connection, ct);
        await jobs.TriggerAsync(TikTokOrderPullJob.Flow, connection.Id, ct);
    }

    public async Task DisconnectAsync(PortalDbContext db, Member by, Connection connection, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        await jobs.UnscheduleAllAsync(connection.Id, ct);
        if (settings.IsAuthorized)
        {
            // Best effort: TikTok stops sending webhooks; our tokens go regardless.
            try
            {
                var client = await ClientAsync(connection, ct, db);
                await client.DeleteWebhookAsync(OrderWebhookEvent, ct);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                logger.LogInformation("Webhook removal for {ConnectionId} skipped: {Reason}", connection.Id, e.Message);
            }
        }
        await secrets.DeleteAsync(db, connection.Id, TikTokSecrets.Tokens, ct);
        connection.SettingsJson = Forget(settings).Write();
        connection.Status = ConnectionStatus.NotConnected;
        connection.StatusMessage = "Disconnected: no TikTok flow runs. Click Connect to authorize the shop again.";
        connection.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, by, "Disconnected", connection, "Shop", settings.ShopName);
        await db.SaveChangesAsync(ct);
    }

    public IReadOnlyList<ConnectorFlow> Flows(Connection connection)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        return
        [
            new(TikTokOrderPullJob.Flow, [TikTokOrderPull.Flow, TikTokOrderPull.WebhookFlow], "Orders from TikTok Shop", settings.PullOrders, "Pull orders"),
            new(Fulfillment.TikTokFulfillmentPushJob.Flow, [Fulfillment.TikTokFulfillmentPush.Flow], "Fulfillments to TikTok Shop", settings.PushFulfillments, "Push fulfillments"),
            new(Inventory.TikTokInventoryPushJob.Flow, [Inventory.TikTokInventoryPush.Flow], "Inventory to TikTok Shop", settings.PushInventory, "Push inventory"),
        ];
    }

    /// <summary>Schedules or stops the connection's flows (order pull, fulfillment push, inventory push) according to its status and toggles.</summary>
    public async Task ApplyScheduleAsync(Connection connection, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        if (connection.Status == ConnectionStatus.Connected && settings.IsAuthorized && settings.PullOrders)
        {
            await jobs.ScheduleAsync<TikTokOrderPullJob>(TikTokOrderPullJob.Flow, connection, PullInterval, ct);
        }
        else
        {
            await jobs.UnscheduleAsync(TikTokOrderPullJob.Flow, connection.Id, ct);
        }
        // Fulfillments to TikTok: woken at once by each new fulfillment, and on a schedule for retries and anything missed.
        if (connection.Status == ConnectionStatus.Connected && settings.IsAuthorized && settings.PushFulfillments)
        {
            await jobs.ScheduleAsync<Fulfillment.TikTokFulfillmentPushJob>(Fulfillment.TikTokFulfillmentPushJob.Flow, connection,
                TimeSpan.FromSeconds(fulfillmentOptions.Value.IntervalSeconds), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(Fulfillment.TikTokFulfillmentPushJob.Flow, connection.Id, ct);
        }
        // The push also runs at once whenever SFCC's levels change; the schedule is the safety net (retries, missed signals).
        if (connection.Status == ConnectionStatus.Connected && settings.IsAuthorized && settings.PushInventory)
        {
            await jobs.ScheduleAsync<Inventory.TikTokInventoryPushJob>(Inventory.TikTokInventoryPushJob.Flow, connection, InventoryPushInterval, ct);
        }
        else
        {
            await jobs.UnscheduleAsync(Inventory.TikTokInventoryPushJob.Flow, connection.Id, ct);
        }
    }
}
