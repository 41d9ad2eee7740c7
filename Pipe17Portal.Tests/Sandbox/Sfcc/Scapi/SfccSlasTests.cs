using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Scapi;

public class SfccSlasTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ThePrivateShopClientGetsAGuestTokenWithEveryRequiredField()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var reply = await sfcc.SlasTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, sfcc.SiteId);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        var required = SfccSpecs.Required("auth-oas-v1-public.yaml", "TokenResponse");
        Assert.Contains("usid", required);
        foreach (var field in required)
        {
            Assert.True(reply.Body.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.Equal(1800, reply.Body.GetProperty("expires_in").GetInt32());
        Assert.Equal("Bearer", reply.Text("token_type"));
        var jwt = TestInstance.JwtPayload(reply.Text("access_token"));
        Assert.Contains($"chid:{sfcc.SiteId}", jwt.GetProperty("isb").GetString());
        Assert.Contains("sfcc.shopper-baskets-orders.rw", jwt.GetProperty("scp").GetString());
    }

    [Fact]
    public async Task AWrongSecretOrAnotherClientIsInvalidClient401AsProblemJson()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var wrong = await sfcc.SlasTokenAsync(sfcc.ShopClientId, "nope", sfcc.SiteId);
        var b2c = await sfcc.SlasTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, sfcc.SiteId);

        foreach (var reply in new[] { wrong, b2c })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
            Assert.Equal("application/problem+json", reply.MediaType);
            Assert.Equal("invalid_client", reply.Text("error"));
            Assert.Equal("Basic Authorization failed.", reply.Text("error_description"));
        }
    }

    [Fact]
    public async Task AMissingClientOrChannelIsInvalidRequest400()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var noClient = await sfcc.PostFormAsync($"{TestInstance.Scapi}/shopper/auth/v1/organizations/{sfcc.OrganizationId}/oauth2/token?channel_id={sfcc.SiteId}", new() { ["grant_type"] = "client_credentials" });
        var noChannel = await sfcc.SlasTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, null);
        var otherChannel = await sfcc.SlasTokenAsync(sfcc.ShopClientId, sfcc.ShopSecret, "RefArch");

        Assert.Equal(HttpStatusCode.BadRequest, noClient.Status);
        Assert.Equal("Bad or missing client_id.", noClient.Text("error_description"));
        Assert.Equal(HttpStatusCode.BadRequest, noChannel.Status);
        Assert.Equal("invalid_request", noChannel.Text("error"));
        Assert.Equal(HttpStatusCode.BadRequest, otherChannel.Status);
        Assert.Contains("RefArch", otherChannel.Text("error_description"));
    }
}
