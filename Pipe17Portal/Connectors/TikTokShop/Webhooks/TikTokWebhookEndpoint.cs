using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Data;
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
        ConnectionSecrets secrets, ConnectionJobs jobs, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger("Pipe17Portal.TikTokWebhooks");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBodyBytes)
        {
            return Results.Problem(statusCode: 413, detail: "Webhook body too large.");
        }
        var body = buffer.ToArray();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == connectionId && c.Kind == ConnectorKind.TikTokShop, ct);
        if (connection is null)
        {
            return Results.Problem(statusCode: 404, detail: "No TikTok Shop connection has this webhook address.");
        }
        var appKey = TikTokConnectionSettings.Read(connection.SettingsJson).AppKey;
        var appSecret = await secrets.GetAsync(db, connection.Id, TikTokSecrets.AppSecret, ct);
        if (appSecret is null || !TikTokWebhookSignature.IsValid(appKey, appSecret, body, request.Headers.Authorization.ToString()))
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

        if (envelope.NotificationId is { Length: > 0 } notificationId)
        {
            if (await db.WebhookReceipts.AnyAsync(r => r.ConnectionId == connectionId && r.NotificationId == notificationId, ct))
            {
                return Results.Ok();
            }
            db.WebhookReceipts.Add(new WebhookReceipt { ConnectionId = connectionId, NotificationId = notificationId, ReceivedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Results.Ok(); // the same notification, delivered twice at once
            }
        }

        switch (envelope.Type)
        {
            case 1 or 3 or 11 when envelope.Data?.TryGetProperty("order_id", out var orderId) == true && orderId.ValueKind == JsonValueKind.String:
                // The event names the order: read just that one now; the periodic pull stays the source of truth.
                await jobs.TriggerAsync(TikTokOrderPullJob.Flow, connectionId, ct, new Dictionary<string, string> { [TikTokOrderPullJob.OrderIdData] = orderId.GetString()! });
                break;
            case 1 or 3 or 4 or 11: // an order changed but the event does not say which: pull what changed
                await jobs.TriggerAsync(TikTokOrderPullJob.Flow, connectionId, ct);
                break;
            case 6:
                connection.Status = ConnectionStatus.NeedsReauthorization;
                connection.StatusMessage = "The seller removed this app's access in TikTok Shop (deauthorization). Click Connect to authorize the shop again.";
                connection.UpdatedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                await jobs.UnscheduleAllAsync(connectionId, ct);
                break;
            case 7:
                var expires = envelope.Data?.TryGetProperty("expiration_time", out var e) == true ? e.ToString() : "soon";
                connection.StatusMessage = $"TikTok says this shop's authorization expires {(long.TryParse(expires, out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix).ToString("yyyy-MM-dd") : expires)}. Click Connect to renew it before then, or orders stop arriving.";
                connection.UpdatedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                break;
            default:
                logger.LogInformation("TikTok webhook type {Type} for {ConnectionId} acknowledged; the portal does not use it.", envelope.Type, connectionId);
                break;
        }
        return Results.Ok();
    }
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
