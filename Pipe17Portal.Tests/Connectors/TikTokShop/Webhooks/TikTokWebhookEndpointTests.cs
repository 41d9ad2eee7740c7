using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Webhooks;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Webhooks;

public class TikTokWebhookEndpointTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string OrderEvent = Fresh(OrderEventTemplate);

    private const string OrderEventTemplate = """{"type":1,"tts_notification_id":"NOTIFICATION","shop_id":"7494049642642441621","timestamp":1644412885,"data":{"order_id":"576486316948490001","order_status":"UNPAID","is_on_hold_order":false,"update_time":1644412885}}""";

    /// <summary>A recorded event sent now: its timestamp set to the current time (stale events are refused).</summary>
    internal static string Fresh(string body) => body.Replace("\"timestamp\":1644412885", $"\"timestamp\":{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}")
        .Replace("\"timestamp\":1,", $"\"timestamp\":{DateTimeOffset.UtcNow.ToUnixTimeSeconds()},");

    [Fact]
    public async Task ASignedEventIsAcceptedAndARepeatedOneIsAcknowledgedOnce()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var body = OrderEvent.Replace("NOTIFICATION", Guid.NewGuid().ToString("N"));

        var first = await PostAsync(connection.Id, body, Sign(body));
        var again = await PostAsync(connection.Id, body, Sign(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var receipts = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().WebhookReceipts.Count(r => r.ConnectionId == connection.Id));
        Assert.Equal(1, receipts);
    }

    [Fact]
    public async Task AForgedOrMissingSignatureIsRejected()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var signature = Sign(OrderEvent);
        var flipped = (signature[0] == 'a' ? "b" : "a") + signature[1..];

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(connection.Id, OrderEvent, flipped)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(connection.Id, OrderEvent, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(connection.Id, OrderEvent + " ", signature)).StatusCode);
    }

    [Fact]
    public async Task BadInputNeverCrashes()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        const string notJson = "{\"type\": 1, ";
        var unknownType = Fresh("""{"type":99,"tts_notification_id":"x-99","shop_id":"7494049642642441621","timestamp":1,"data":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(connection.Id, notJson, Sign(notJson))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, unknownType, Sign(unknownType))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Guid.NewGuid(), OrderEvent, Sign(OrderEvent))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().PostAsync("/webhooks/tiktok/not-a-guid", new StringContent(OrderEvent))).StatusCode);
    }

    [Fact]
    public async Task DeauthorizationAndExpiryWarningsReachTheConnection()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var deauthorized = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var expiring = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var deauth = Fresh("""{"type":6,"tts_notification_id":"d-1","shop_id":"7494049642642441621","timestamp":1,"data":{"message":"The seller deauthorized the app"}}""");
        var expiry = Fresh("""{"type":7,"tts_notification_id":"e-1","shop_id":"7494049642642441621","timestamp":1,"data":{"message":"expires soon","expiration_time":1893456000}}""");

        await PostAsync(deauthorized.Id, deauth, Sign(deauth));
        await PostAsync(expiring.Id, expiry, Sign(expiry));

        var (a, b) = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            return (await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == deauthorized.Id), await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == expiring.Id));
        });
        Assert.Equal(ConnectionStatus.NeedsReauthorization, a.Status);
        Assert.Contains("Click Connect", a.StatusMessage);
        Assert.Equal(ConnectionStatus.Connected, b.Status);
        Assert.Contains("2030-01-01", b.StatusMessage);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWithAClearMessage()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var declared = new string(' ', TikTokWebhookEndpoint.MaxBodyBytes + 1);
        var chunked = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/tiktok/{connection.Id}") { Content = new StreamContent(new CountingStream(8 * 1024 * 1024)) };
        chunked.Headers.TransferEncodingChunked = true;

        var withLength = await PostAsync(connection.Id, declared, Sign(declared));
        var withoutLength = await factory.CreateClient().SendAsync(chunked);

        var problem = await withLength.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("256 KB", problem.Detail);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutLength.StatusCode);
    }

    [Fact]
    public async Task TheBodyIsReadOnlyUpToOneBytePastTheLimit()
    {
        // TestServer's client keeps copying a body the server stopped reading, so the bound is checked on the reader itself.
        var endless = new CountingStream(8 * 1024 * 1024);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Body = endless;

        var body = await TikTokWebhookBody.ReadAsync(context.Request, TikTokWebhookEndpoint.MaxBodyBytes, CancellationToken.None);

        Assert.Null(body);
        Assert.Equal(TikTokWebhookEndpoint.MaxBodyBytes + 1, endless.BytesRead);
    }

    [Fact]
    public async Task AStaleOrFutureTimestampIsRefused()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string At(long timestamp) => OrderEventTemplate.Replace("1644412885", timestamp.ToString()).Replace("NOTIFICATION", Guid.NewGuid().ToString("N"));
        var stale = At(now - 3600);
        var future = At(now + 3600);
        var missing = """{"type":1,"tts_notification_id":"no-time","shop_id":"7494049642642441621","data":{}}""";

        var staleProblem = await (await PostAsync(connection.Id, stale, Sign(stale))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("15 minutes", staleProblem.Detail);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(connection.Id, future, Sign(future))).StatusCode);
        Assert.Contains("timestamp", (await (await PostAsync(connection.Id, missing, Sign(missing))).ReadProblemAsync(HttpStatusCode.BadRequest)).Detail);
        var receipts = factory.Scoped(s => s.GetRequiredService<PortalDbContext>().WebhookReceipts.Count(r => r.ConnectionId == connection.Id));
        Assert.Equal(0, receipts);
        var recent = At(now - 60);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, recent, Sign(recent))).StatusCode);
    }

    [Fact]
    public async Task AnEventForAnotherShopIsRefusedAndRecorded()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var deauth = Fresh("""{"type":6,"tts_notification_id":"other-shop","shop_id":"7000000000000000666","timestamp":1,"data":{}}""");

        var problem = await (await PostAsync(connection.Id, deauth, Sign(deauth))).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("7000000000000000666", problem.Detail);
        var (status, audit) = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            return ((await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connection.Id)).Status,
                await db.AuditEntries.IgnoreQueryFilters().Where(a => a.ConnectionId == connection.Id).Select(a => a.Detail).ToListAsync());
        });
        Assert.Equal(ConnectionStatus.Connected, status);
        Assert.Contains(audit, d => d != null && d.Contains("7000000000000000666"));
    }

    [Fact]
    public async Task AnEventWithoutNotificationIdActsOnce()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var deauth = Fresh("""{"type":6,"shop_id":"7494049642642441621","timestamp":1,"data":{}}""");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, deauth, Sign(deauth))).StatusCode);
        await ReconnectAsync(connection.Id);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, deauth, Sign(deauth))).StatusCode);

        var status = await factory.ScopedAsync(async s => (await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connection.Id)).Status);
        Assert.Equal(ConnectionStatus.Connected, status);
    }

    private Task ReconnectAsync(Guid connectionId) => factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters()
        .Where(c => c.Id == connectionId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ConnectionStatus.Connected)));

    private static string Sign(string body) =>
        TikTokWebhookSignature.Compute(TikTokConnectionSeed.AppKey, TikTokConnectionSeed.AppSecret, Encoding.UTF8.GetBytes(body));

    private Task<HttpResponseMessage> PostAsync(Guid connectionId, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/tiktok/{connectionId}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", signature);
        }
        return factory.CreateClient().SendAsync(request);
    }

    /// <summary>A body of the given size that counts how much of it the server asked for.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)' ', offset, n);
            BytesRead += n;
            return n;
        }
    }
}
