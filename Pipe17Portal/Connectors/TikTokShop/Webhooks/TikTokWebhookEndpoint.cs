using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Webhooks;

/// <summary>
/// `POST /webhooks/tiktok/{connectionId}`: verifies TikTok's signature over the raw body, acknowledges fast, and
/// turns the event into work (an order pull, or a connection status). Webhooks are only triggers: the pull is the
/// source of truth, so a lost webhook costs minutes, never an order.
/// </summary>
public static class TikTokWebhookEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks/tiktok/{connectionId:guid}", HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Security.PortalRateLimits.Webhooks)
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(Guid connectionId, HttpRequest request, IDbContextFactory<PortalDbContext> dbFactory,
        ConnectionSecrets secrets, ConnectionJobs jobs, TimeProvider clock, IOptions<TikTokWebhookOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger("Pipe17Portal.TikTokWebhooks");
        var body = await TikTokWebhookBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: $"The webhook body is larger than {MaxBodyBytes / 1024} KB; TikTok Shop events are a few hundred bytes.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == connectionId && c.Kind == ConnectorKind.TikTokShop, ct);
        if (connection is null)
        {
            return Results.Problem(statusCode: 404, detail: "No TikTok Shop connection has this webhook address.");
        }
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        var appSecret = await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct);
        if (appSecret is null || !TikTokWebhookSignature.IsValid(settings.AppKey, appSecret, body, request.Headers.Authorization.ToString()))
        {
            logger.LogWarning("Rejected a TikTok webhook for {ConnectionId}: signature does not match.", connectionId);
            return Results.Problem(statusCode: 401, detail: "The Authorization signature does not match this connection's app key and secret.");
        }

        TikTokWebhookEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<TikTokWebhookEnvelope>(body, TikTokWebhookEnvelope.Json);
        }
        catch (JsonException e)
        {
            return Results.Problem(statusCode: 400, detail: $"The webhook body is not valid JSON: {e.Message}");
        }
        if (envelope is null)
        {
            return Results.Problem(statusCode: 400, detail: "The webhook body is empty.");
        }

        // The signature covers no time, so the payload's own timestamp is what bounds a replay (TikTokWebhookReplay).
        var tolerance = TimeSpan.FromMinutes(options.Value.TimestampToleranceMinutes);
        if (envelope.Timestamp is not { } timestamp)
        {
            return Results.Problem(statusCode: 400, detail: "The webhook has no 'timestamp' (Unix seconds); TikTok Shop sends one with every event.");
        }
        if (!TikTokWebhookReplay.IsFresh(timestamp, clock.GetUtcNow(), tolerance))
        {
            logger.LogWarning("Refused a TikTok webhook for {ConnectionId}: timestamp {Timestamp} is more than {Minutes} minutes from now.", connectionId, timestamp, tolerance.TotalMinutes);
            return Results.Problem(statusCode: 400, detail: $"The webhook's timestamp {timestamp} is more than {tolerance.TotalMinutes:0} minutes from the portal's clock: a stale or replayed event is not acted on (orders still arrive by the scheduled pull).");
        }

        if (settings.ShopId is not { Length: > 0 } shopId)
        {
            return Results.Problem(statusCode: 409, detail: "This connection is not linked to a TikTok shop yet; click Connect before TikTok Shop sends events to it.");
        }
        if (!string.Equals(envelope.ShopId, shopId, StringComparison.Ordinal))
        {
            await RecordRefusedShopAsync(db, connection, envelope.ShopId, clock, ct);
            logger.LogWarning("Refused a TikTok webhook for {ConnectionId}: shop_id {ShopId} is not the connection's shop {ConnectedShopId}.", connectionId, envelope.ShopId, shopId);
            return Results.Problem(statusCode: 403, detail: $"The webhook's shop_id '{Shorten(envelope.ShopId)}' is not the shop this connection is linked to.");
        }

        var receiptKey = TikTokWebhookReplay.Key(envelope.NotificationId, body);
        if (await db.WebhookReceipts.AnyAsync(r => r.ConnectionId == connectionId && r.NotificationId == receiptKey, ct))
        {
            return Results.Ok();
        }
        db.WebhookReceipts.Add(new WebhookReceipt { ConnectionId = connectionId, NotificationId = receiptKey, ReceivedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Results.Ok(); // the same notification, delivered twice at once
        }

        switch (envelope.Type)
        {
            case 1 or 3 or 11 when envelope.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("order_id", out var orderId)
                && orderId.ValueKind == JsonValueKind.String && IsOrderId(orderId.GetString()):
                // The event names the order: read just that one now; the periodic pull stays the source of truth.
                await jobs.TriggerAsync(TikTokOrderPullJob.Flow, connectionId, ct, new Dictionary<string, string> { [TikTokOrderPullJob.OrderIdData] = orderId.GetString()! });
                break;
            case 1 or 3 or 4 or 11: // an order changed but the event does not say which: pull what changed
                await jobs.TriggerAsync(TikTokOrderPullJob.Flow, connectionId, ct);
                break;
            case 6:
                await ChangeConnectionAsync(db, connection, c =>
                {
                    c.Status = ConnectionStatus.NeedsReauthorization;
                    c.StatusMessage = "The seller removed this app's access in TikTok Shop (deauthorization). Click Connect to authorize the shop again.";
                    c.UpdatedAt = clock.GetUtcNow();
                }, ct);
                await jobs.UnscheduleAllAsync(connectionId, ct);
                break;
            case 7:
                var expires = ExpiryDate(envelope.Data);
                await ChangeConnectionAsync(db, connection, c =>
                {
                    c.StatusMessage = $"TikTok says this shop's authorization expires {expires}. Click Connect to renew it before then, or orders stop arriving.";
                    c.UpdatedAt = clock.GetUtcNow();
                }, ct);
                break;
            default:
                logger.LogInformation("TikTok webhook type {Type} for {ConnectionId} acknowledged; the portal does not use it.", envelope.Type, connectionId);
                break;
        }
        return Results.Ok();
    }

    /// <summary>
    /// Applies a status change to the connection, reloading and applying it again when someone else saved the connection at
    /// the same moment (its Version is a concurrency token): the event's receipt is already stored, so giving up here would
    /// lose it for good. Settings saved meanwhile are kept, because the change is applied to the reloaded row.
    /// </summary>
    private static async Task ChangeConnectionAsync(PortalDbContext db, Connection connection, Action<Connection> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            change(connection);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 10)
            {
                await db.Entry(connection).ReloadAsync(ct);
            }
        }
    }

    /// <summary>TikTok order ids are digits; anything else is not worth a call (the scheduled pull still runs).</summary>
    private static bool IsOrderId(string? value) => value is { Length: > 0 and <= 32 } && value.All(char.IsAsciiDigit);

    /// <summary>The day the authorization ends, or "soon" when the event's expiration_time is missing or not a real date.</summary>
    private static string ExpiryDate(JsonElement? data)
    {
        if (data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("expiration_time", out var e)
            && (e.ValueKind == JsonValueKind.Number ? e.TryGetInt64(out var unix) : long.TryParse(e.ValueKind == JsonValueKind.String ? e.GetString() : null, out unix))
            && unix is > 0 and < 253_402_300_800) // before year 10000, the largest date DateTimeOffset holds
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd");
        }
        return "soon";
    }

    /// <summary>A signed event for another shop means the app secret is shared or the address was copied: the owner should know.</summary>
    private static async Task RecordRefusedShopAsync(PortalDbContext db, Connection connection, string? shopId, TimeProvider clock, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            WorkspaceId = connection.WorkspaceId,
            At = clock.GetUtcNow(),
            Actor = "TikTok Shop webhook",
            Action = "Refused a webhook for another shop",
            ConnectionId = connection.Id,
            ConnectionName = connection.DisplayName,
            Detail = $"The event was signed with this connection's app secret but names shop_id '{Shorten(shopId)}'; the connection's shop is {TikTokConnectionSettings.Read(connection.SettingsJson).ShopId}. Nothing was done with it.",
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Shorten(string? value) => value is null ? "(none)" : value.Length <= 40 ? value : value[..40] + "…";
}

public sealed record TikTokWebhookEnvelope(
    [property: System.Text.Json.Serialization.JsonPropertyName("type")] int Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("tts_notification_id")] string? NotificationId,
    [property: System.Text.Json.Serialization.JsonPropertyName("shop_id")] string? ShopId,
    [property: System.Text.Json.Serialization.JsonPropertyName("timestamp")] long? Timestamp,
    [property: System.Text.Json.Serialization.JsonPropertyName("data")] JsonElement? Data)
{
    public static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString };
}
