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
    private const string OrderEvent = """{"type":1,"tts_notification_id":"NOTIFICATION","shop_id":"7494049642642441621","timestamp":1644412885,"data":{"order_id":"576486316948490001","order_status":"UNPAID","is_on_hold_order":false,"update_time":1644412885}}""";

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
        const string unknownType = """{"type":99,"tts_notification_id":"x-99","shop_id":"1","timestamp":1,"data":{}}""";

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
        const string deauth = """{"type":6,"tts_notification_id":"d-1","shop_id":"1","timestamp":1,"data":{"message":"The seller deauthorized the app"}}""";
        const string expiry = """{"type":7,"tts_notification_id":"e-1","shop_id":"1","timestamp":1,"data":{"message":"expires soon","expiration_time":1893456000}}""";

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
}
