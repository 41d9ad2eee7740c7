using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Features.SandboxConsole;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Connect;

/// <summary>The TikTok Shop connection page: settings, "Use sandbox", the start of Connect, picking a shop, Disconnect.</summary>
public sealed class TikTokConnectionService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    ConnectionSecrets secrets,
    PortalLinks links,
    SandboxBaseAddress sandboxAddress,
    SandboxControlClient sandbox,
    SandboxAccounts sandboxAccounts,
    TikTokShopLink shopLink,
    TimeProvider clock) : ITikTokConnectionApi
{
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);

    public async Task<TikTokSettingsView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ViewAsync(db, await FindAsync(db, id, ct), ct);
    }

    public async Task<TikTokSettingsView> SaveAsync(Guid id, TikTokSettingsUpdate update, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing connection settings");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var before = TikTokConnectionSettings.Read(connection.SettingsJson);
        var secretSet = await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct) is not null;

        var check = new InputCheck();
        var appKey = update.AppKey?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(appKey, "^[A-Za-z0-9]{6,64}$"))
        {
            check.Add("appKey", "App key is required: letters and digits only, as shown in TikTok Partner Center → App & Service → your app → App key.");
        }
        var appSecret = update.AppSecret?.Trim();
        if (appSecret is { Length: 0 } || (appSecret is null && !secretSet))
        {
            check.Add("appSecret", "App secret is required: copy it from TikTok Partner Center → your app → App secret.");
        }
        var serviceId = update.ServiceId?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(serviceId, "^[0-9]{6,32}$"))
        {
            check.Add("serviceId", "Service ID is required: the digits from TikTok Partner Center → your service (it appears in the authorization link as service_id).");
        }
        if (!TikTokRegions.All.Contains(update.Region))
        {
            check.Add("region", $"Choose the shop's region: one of {string.Join(", ", TikTokRegions.All)}.");
        }
        if (update.OrderHoldMinutes is < 0 or > 1440)
        {
            check.Add("orderHoldMinutes", "Order hold must be between 0 and 1440 minutes (TikTok lets buyers cancel for about 60).");
        }
        check.ThrowIfInvalid();

        var after = before with
        {
            AppKey = appKey,
            ServiceId = serviceId,
            Region = update.Region,
            PullOrders = update.PullOrders,
            PushFulfillments = update.PushFulfillments,
            PushInventory = update.PushInventory,
            OrderHoldMinutes = update.OrderHoldMinutes,
        };
        var credentialsChanged = after.AppKey != before.AppKey || after.ServiceId != before.ServiceId || appSecret is not null;
        AuditChanges(db, me, connection, before, after, appSecret is not null);
        if (appSecret is not null)
        {
            await secrets.SetAsync(db, connection, TikTokSecrets.AppSecret, appSecret, ct);
        }
        if (credentialsChanged && before.IsAuthorized)
        {
            // Tokens belong to the app that obtained them: new credentials need a new authorization.
            after = TikTokShopLink.Forget(after);
            await secrets.DeleteAsync(db, connection.Id, TikTokSecrets.Tokens, ct);
            connection.Status = ConnectionStatus.NotConnected;
            connection.StatusMessage = "The app credentials changed. Click Connect to authorize the shop again.";
        }
        connection.SettingsJson = after.Write();
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await shopLink.ApplyScheduleAsync(connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    public async Task<TikTokSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Using the sandbox");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var account = await sandboxAccounts.ForWorkspaceAsync(me, ct);
        await SandboxWorkspace.CallAsync(() => sandbox.Api.SetTikTokRedirectUrlAsync(account.Id, new RedirectUrlBody(CallbackUrl), ct));

        var before = TikTokConnectionSettings.Read(connection.SettingsJson);
        var after = TikTokShopLink.Forget(before) with
        {
            AppKey = account.Tiktok.AppKey,
            ServiceId = account.Tiktok.ServiceId,
            Region = account.Tiktok.Region,
            OrderHoldMinutes = 0, // sandbox orders are test orders: no need to wait for buyer edits
            SandboxAccountId = account.Id,
            SandboxBaseUrl = sandboxAddress.BaseUrl,
        };
        await secrets.SetAsync(db, connection, TikTokSecrets.AppSecret, account.Tiktok.AppSecret, ct);
        await secrets.DeleteAsync(db, connection.Id, TikTokSecrets.Tokens, ct);
        connection.SettingsJson = after.Write();
        connection.Status = ConnectionStatus.NotConnected;
        connection.StatusMessage = $"Sandbox credentials filled in for '{account.Tiktok.ShopName}'. Click Connect to authorize it.";
        connection.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, me, "Sandbox account used", connection, "Credentials", $"Sandbox shop '{account.Tiktok.ShopName}'");
        await db.SaveChangesAsync(ct);
        await shopLink.ApplyScheduleAsync(connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    public async Task<TikTokAuthorizeStart> StartAuthorizationAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Connecting a shop");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        if (me.UserId is null)
        {
            throw ApiProblemException.Invalid("connection", "Connecting a TikTok Shop needs a person in the browser: sign in to the portal and click Connect. An API key cannot approve TikTok's consent page.");
        }
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        if (settings.AppKey.Length == 0 || settings.ServiceId.Length == 0 || await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct) is null)
        {
            throw ApiProblemException.Invalid("appKey", "Enter and save the App key, App secret and Service ID first (or click Use sandbox).");
        }
        if (settings.SandboxAccountId is { } account)
        {
            await sandbox.Api.SetTikTokRedirectUrlAsync(account, new RedirectUrlBody(CallbackUrl), ct);
        }

        var state = ApiKeySecrets.NewToken();
        var now = clock.GetUtcNow();
        db.OAuthStates.Add(new OAuthState
        {
            StateHash = ApiKeySecrets.Hash(state),
            WorkspaceId = me.WorkspaceId,
            ConnectionId = connection.Id,
            UserId = me.UserId,
            CreatedAt = now,
            ExpiresAt = now + StateLifetime,
        });
        await db.SaveChangesAsync(ct);
        return new TikTokAuthorizeStart(TikTokAuthClient.BuildAuthorizeUrl(TikTokShopLink.EndpointsFor(settings), settings.ServiceId, state).ToString());
    }

    public async Task<TikTokSettingsView> SelectShopAsync(Guid id, TikTokSelectShopRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Choosing the shop");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        var choice = settings.PendingShops?.FirstOrDefault(s => s.Id == request.ShopId)
            ?? throw ApiProblemException.Invalid("shopId", "That shop is not among the shops you just authorized. Click Connect again to refresh the list.");
        await shopLink.LinkShopAsync(db, me, connection, choice, ct);
        return await ViewAsync(db, connection, ct);
    }

    public async Task<TikTokSettingsView> DisconnectAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Disconnecting a shop");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        await shopLink.DisconnectAsync(db, me, connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    private string CallbackUrl => $"{links.BaseUrl}{TikTokCallbackEndpoint.Path}";

    private static async Task<Connection> FindAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw ApiProblemException.NotFound("The connection");
        return connection.Kind == ConnectorKind.TikTokShop
            ? connection
            : throw ApiProblemException.NotFound("A TikTok Shop connection with this id");
    }

    private async Task<TikTokSettingsView> ViewAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        var s = TikTokConnectionSettings.Read(connection.SettingsJson);
        var secretSet = await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct) is not null;
        return new TikTokSettingsView(connection.Id, connection.DisplayName, connection.Status, connection.StatusMessage,
            s.AppKey, secretSet, s.ServiceId, s.Region, s.PullOrders, s.PushFulfillments, s.PushInventory, s.OrderHoldMinutes,
            s.IsSandbox, s.ShopName, s.ShopRegion, s.ShopId, [.. (s.PendingShops ?? []).Select(p => new TikTokShopChoice(p.Id, p.Name, p.Region, p.SellerType))], connection.Version);
    }

    private void AuditChanges(PortalDbContext db, Member me, Connection connection, TikTokConnectionSettings before, TikTokConnectionSettings after, bool secretReplaced)
    {
        void Field(string name, object? from, object? to)
        {
            if (!Equals(from, to))
            {
                audit.Record(db, me, "Connection setting changed", connection, name, $"{Show(from)} → {Show(to)}");
            }
        }
        static string Show(object? v) => v switch { bool b => b ? "on" : "off", null or "" => "(empty)", _ => $"'{v}'" };

        Field("App key", before.AppKey, after.AppKey);
        Field("Service ID", before.ServiceId, after.ServiceId);
        Field("Region", before.Region, after.Region);
        Field("Pull orders", before.PullOrders, after.PullOrders);
        Field("Push fulfillments", before.PushFulfillments, after.PushFulfillments);
        Field("Push inventory", before.PushInventory, after.PushInventory);
        Field("Order hold (minutes)", before.OrderHoldMinutes, after.OrderHoldMinutes);
        if (secretReplaced)
        {
            audit.Record(db, me, "Connection setting changed", connection, "App secret", "replaced (value not recorded)");
        }
    }
}
