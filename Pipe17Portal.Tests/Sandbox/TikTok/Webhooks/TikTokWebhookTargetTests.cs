using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.TikTok.Webhooks;

public class TikTokWebhookTargetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.5/webhooks/tiktok/00000000-0000-0000-0000-000000000001")]
    [InlineData("https://attacker.example/webhooks/tiktok/x")]
    [InlineData("http://localhost/api/v1/workspace")]
    public async Task ASubscriptionOutsideThePortalsWebhookPathIsRefused(string address)
    {
        var shop = await TestShop.CreateAsync(factory);

        var (_, reply) = await shop.SendAsync(HttpMethod.Put, "/event/202309/webhooks",
            body: System.Text.Json.JsonSerializer.Serialize(new { address, event_type = "SELLER_DEAUTHORIZATION" }));

        Assert.NotEqual(0, reply.GetProperty("code").GetInt32());
        Assert.Contains("portal's own webhook path", reply.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ThePortalsOwnWebhookPathIsAccepted()
    {
        var shop = await TestShop.CreateAsync(factory);

        await shop.OkAsync(HttpMethod.Put, "/event/202309/webhooks", body: new { address = $"http://localhost/webhooks/tiktok/{Guid.NewGuid()}", event_type = "SELLER_DEAUTHORIZATION" });
    }
}
