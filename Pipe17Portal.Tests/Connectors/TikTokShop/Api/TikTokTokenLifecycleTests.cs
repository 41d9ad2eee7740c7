using System.Net;
using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokTokenLifecycleTests
{
    private const string Warehouses = """{"warehouses":[{"id":"7000714532876273410","name":"Main"}]}""";

    [Fact]
    public async Task ATokenExpiringWithinFiveMinutesIsRefreshedBeforeTheCall()
    {
        using var host = new TikTokTestHost().WithToken("access-old", validFor: TimeSpan.FromMinutes(4));
        var newExpiry = TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds();
        host.Http.ThenTokens("access-new", newExpiry).ThenData(Warehouses);

        var result = await host.Client.GetWarehousesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        var refresh = host.Http.Requests[0];
        Assert.Equal("/api/v2/token/refresh", refresh.Uri.AbsolutePath);
        Assert.Equal("auth.tiktok-shops.com", refresh.Uri.Host);
        Assert.Equal("refresh-1", refresh.Query["refresh_token"]);
        Assert.Equal("refresh_token", refresh.Query["grant_type"]);
        Assert.Equal(TikTokTestHost.App.AppSecret, refresh.Query["app_secret"]);
        Assert.False(refresh.Query.ContainsKey("sign"));
        Assert.Equal("access-new", host.Http.Requests[1].AccessToken);
        var saved = Assert.Single(host.Tokens.Saved);
        Assert.Equal("access-new", saved.AccessToken);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(newExpiry), saved.AccessTokenExpiresAt);
    }

    [Fact]
    public async Task ATokenValidForLongerIsUsedAsItIs()
    {
        using var host = new TikTokTestHost().WithToken("access-1", validFor: TimeSpan.FromMinutes(6));
        host.Http.ThenData(Warehouses);

        await host.Client.GetWarehousesAsync();

        Assert.Equal("access-1", Assert.Single(host.Http.Requests).AccessToken);
        Assert.Empty(host.Tokens.Saved);
    }

    [Fact]
    public async Task AnExpiredTokenAnswerIsRefreshedOnceAndTheCallSentAgain()
    {
        using var host = new TikTokTestHost().WithToken("access-revoked");
        host.Http
            .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials. The access_token or x-tts-access-token header has expired.")
            .ThenTokens("access-new", TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds())
            .ThenData(Warehouses);

        var result = await host.Client.GetWarehousesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("7000714532876273410", Assert.Single(result.Data).Id);
        Assert.Equal(["access-revoked", "access-new"], host.Http.OpenApiRequests.Select(r => r.AccessToken));
        Assert.Equal("access-new", Assert.Single(host.Tokens.Saved).AccessToken);
    }

    [Fact]
    public async Task AnExpiredTokenAnswerAfterTheRefreshIsReturnedNotLooped()
    {
        using var host = new TikTokTestHost().WithToken("access-1");
        host.Http
            .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.")
            .ThenTokens("access-2", TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds())
            .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.ExpiredToken, result.Error?.Kind);
        Assert.Equal(3, host.Http.Requests.Count);
        // Once is a glitch (the soak met it under injected faults: one stray 105002 stopped every flow of the shop for good):
        // the call fails and is retried later; a revoked authorization also fails the next refresh.
        Assert.Empty(host.Tokens.Reauthorizations);
    }

    [Fact]
    public async Task FreshTokensRefusedThreeTimesInARowAskForReauthorization()
    {
        using var host = new TikTokTestHost().WithToken("access-1");
        for (var i = 2; i <= 4; i++)
        {
            host.Http
                .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.")
                .ThenTokens($"access-{i}", TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds())
                .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.");
        }

        for (var i = 0; i < 3; i++)
        {
            await host.Client.GetWarehousesAsync();
        }

        // TikTok keeps refusing the tokens it has just issued: the authorization itself is gone, so every flow stops until Connect.
        var (_, reason) = Assert.Single(host.Tokens.Reauthorizations);
        Assert.Contains("refused an access token it had just issued", reason);
    }

    [Fact]
    public async Task AnAcceptedCallBetweenRefusalsStartsTheCountAgain()
    {
        using var host = new TikTokTestHost().WithToken("access-1");
        for (var i = 2; i <= 5; i++)
        {
            host.Http
                .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.")
                .ThenTokens($"access-{i}", TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds())
                .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.");
            if (i == 3)
            {
                host.Http.ThenData(Warehouses);
            }
        }

        for (var i = 0; i < 5; i++)
        {
            await host.Client.GetWarehousesAsync();
        }

        Assert.Empty(host.Tokens.Reauthorizations);
    }

    [Fact]
    public async Task ARefusedRefreshAsksTheMerchantToAuthorizeAgain()
    {
        using var host = new TikTokTestHost().WithToken("access-old", validFor: TimeSpan.FromMinutes(1));
        host.Http.ThenError(HttpStatusCode.OK, 36004004, "invalid refresh_token");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.NeedsReauthorization, result.Error?.Kind);
        var (connectionId, reason) = Assert.Single(host.Tokens.Reauthorizations);
        Assert.Equal(host.Shop.ConnectionId, connectionId);
        Assert.StartsWith("TikTok no longer accepts this shop's authorization. Open Integrations → My TikTok Shop and click Connect to authorize again.", reason);
        Assert.Contains("invalid refresh_token", reason);
        Assert.Equal(reason, result.Error!.Message);
        Assert.Empty(host.Http.OpenApiRequests);
        Assert.Empty(host.Tokens.Saved);
    }

    [Fact]
    public async Task ARefreshRefusedWithHttp401AlsoAsksForReauthorization()
    {
        using var host = new TikTokTestHost().WithToken("access-1");
        host.Http
            .ThenError(HttpStatusCode.Unauthorized, 105002, "Expired credentials.")
            .Then(HttpStatusCode.Unauthorized, "Unauthorized");

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.NeedsReauthorization, result.Error?.Kind);
        Assert.Single(host.Tokens.Reauthorizations);
    }

    [Fact]
    public async Task AnExpiredRefreshTokenAsksForReauthorizationWithoutCallingTikTok()
    {
        using var host = new TikTokTestHost().WithToken("access-1", validFor: TimeSpan.FromMinutes(1), refreshValidFor: TimeSpan.FromMinutes(-1));

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.NeedsReauthorization, result.Error?.Kind);
        Assert.Single(host.Tokens.Reauthorizations);
        Assert.Empty(host.Http.Requests);
    }

    [Fact]
    public async Task AConnectionWithoutTokensIsReportedNotThrown()
    {
        using var host = new TikTokTestHost();

        var result = await host.Client.GetWarehousesAsync();

        Assert.Equal(TikTokErrorKind.NeedsReauthorization, result.Error?.Kind);
        Assert.Empty(host.Http.Requests);
    }

    [Fact]
    public async Task TwoJobsNeedingARefreshAtOnceRefreshOnlyOnce()
    {
        using var host = new TikTokTestHost().WithToken("access-old", validFor: TimeSpan.FromMinutes(1));
        host.Http.ThenTokens("access-new", TikTokTestHost.Now.AddDays(7).ToUnixTimeSeconds()).ThenData(Warehouses).ThenData(Warehouses);

        var results = await Task.WhenAll(host.ClientInNewScope().GetWarehousesAsync(), host.ClientInNewScope().GetWarehousesAsync());

        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
        Assert.Single(host.Http.Requests, r => r.Uri.AbsolutePath == "/api/v2/token/refresh");
        Assert.All(host.Http.OpenApiRequests, r => Assert.Equal("access-new", r.AccessToken));
    }
}
