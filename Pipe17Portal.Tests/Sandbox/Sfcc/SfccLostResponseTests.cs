using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc;

/// <summary>The lost_response fault: SFCC does the work and commits, the caller gets a 504 instead of the answer.</summary>
public class SfccLostResponseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<Reply> FaultsAsync(TestInstance sfcc, string system, double rate, params string[] kinds) =>
        sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system, rate, kinds });

    [Fact]
    public async Task TheKindIsAcceptedForSfccOnlyAndTheOthersStillWork()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var all = await FaultsAsync(sfcc, "sfcc", 0.5, "429", "500", "503", "timeout", "expired_token", "lost_response");
        var tiktok = await FaultsAsync(sfcc, "tiktok", 1, "lost_response");
        var unknown = await FaultsAsync(sfcc, "sfcc", 1, "lost");
        var listed = await Reply.ReadAsync(await sfcc.Http.GetAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults"));

        Assert.True(all.Status == HttpStatusCode.OK, all.ToString());
        Assert.Contains("lost_response", all.Body.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tiktok.Status);
        Assert.Contains("sfcc", tiktok.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Single(listed.Body.EnumerateArray());

        var cleared = await sfcc.Http.DeleteAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults?system=sfcc");
        var after = await Reply.ReadAsync(await sfcc.Http.GetAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults"));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(after.Body.EnumerateArray());
    }

    [Fact]
    public async Task AnOrderPutWhoseAnswerIsLostExistsAfterwards()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.ReadyBasketAsync(token);
        await FaultsAsync(sfcc, "sfcc", 1, "lost_response");

        var grant = await sfcc.BmTokenAsync();
        var lost = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT555", new { basket_id = basket.Text("basket_id") }, token);
        var lostRead = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT555", token: token);
        await FaultsAsync(sfcc, "sfcc", 0);
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT555", token: token);
        var basketGone = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/baskets/{basket.Text("basket_id")}", token: token);

        Assert.True(grant.Status == HttpStatusCode.OK, grant.ToString()); // token endpoints are not affected
        Assert.Equal(HttpStatusCode.GatewayTimeout, lost.Status);
        Assert.Equal("GatewayTimeoutException", lost.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.False(lost.Body.TryGetProperty("order_no", out _));
        Assert.Equal(HttpStatusCode.GatewayTimeout, lostRead.Status);
        Assert.True(read.Status == HttpStatusCode.OK, read.ToString());
        Assert.Equal("new", read.Text("status"));
        Assert.Equal("BasketNotFoundException", basketGone.Body.GetProperty("fault").GetProperty("type").GetString());
    }

    [Fact]
    public async Task ARefusedCallWithALostAnswerChangesNothingAndScapiLosesAnswersToo()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.ReadyBasketAsync(token);
        var placed = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT556", new { basket_id = basket.Text("basket_id") }, token);
        Assert.Equal(HttpStatusCode.OK, placed.Status);
        var am = (await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.orders.rw")).Text("access_token");
        var status = $"{TestInstance.Scapi}/checkout/orders/v1/organizations/{sfcc.OrganizationId}/orders/TT556/status?siteId={sfcc.SiteId}";
        await FaultsAsync(sfcc, "sfcc", 1, "lost_response");

        var refused = await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT557", new { basket_id = "no-such-basket" }, token);
        var cancelled = await sfcc.OcapiAsync(HttpMethod.Put, status, new { status = "cancelled" }, am);
        await FaultsAsync(sfcc, "sfcc", 0);
        var missing = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT557", token: token);
        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Shop}/orders/TT556", token: token);

        Assert.Equal(HttpStatusCode.GatewayTimeout, refused.Status);
        Assert.Equal(HttpStatusCode.GatewayTimeout, cancelled.Status);
        Assert.EndsWith("gateway-timeout", cancelled.Body.GetProperty("type").GetString());
        Assert.Equal("OrderNotFoundException", missing.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Equal("cancelled", read.Text("status"));
    }
}
