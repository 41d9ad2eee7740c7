using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

/// <summary>
/// §4 of issue 12: TikTok's recorded answers, broken by generated mutations (a field removed, null, of another type, huge;
/// the whole body truncated, HTML, empty, bytes), fed to the real client. Every call ends with a result: success when the
/// damage was to a field the portal does not need, otherwise an error naming the endpoint; never an exception.
/// </summary>
public class TikTokMalformedAnswerTests(ITestOutputHelper output)
{
    private const int PerEndpoint = 2_500;

    private sealed record Damage(int Path, int Kind, int Whole, int Status);

    private static readonly (string Fixture, string Endpoint, Func<TikTokShopClient, Task<string?>> Call)[] Endpoints =
    [
        ("OrderBatchGetOrderDetailResponse.json", TikTokShopClient.GetOrderDetailEndpoint, async c => (await c.GetOrderDetailsAsync(["576461413038785752"])).Error?.ToString()),
        ("LogisticsGetWarehousesResponse.json", TikTokShopClient.GetWarehousesEndpoint, async c => (await c.GetWarehousesAsync()).Error?.ToString()),
        ("FulfillmentGetPackageDetailResponse.json", TikTokShopClient.GetPackageDetailEndpoint, async c => (await c.GetPackageDetailAsync("1152321127278713123")).Error?.ToString()),
        ("AuthorizationGetShopsResponse.json", TikTokShopClient.GetAuthorizedShopsEndpoint, async c => (await c.GetAuthorizedShopsAsync()).Error?.ToString()),
    ];

    [Fact]
    public async Task TenThousandDamagedAnswersEndInAResultNeverAnException()
    {
        using var host = new TikTokTestHost().WithToken();
        var damages = (from path in Gen.Choose(0, 10_000)
                       from kind in Gen.Choose(0, 7)
                       from whole in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 7)))
                       from status in Gen.Frequency((8, Gen.Constant(200)), (1, Gen.Elements(400, 401, 403, 404)))
                       select new Damage(path, kind, whole, status)).Sample(PerEndpoint * Endpoints.Length);
        var watch = Stopwatch.StartNew();
        var failures = 0;

        for (var i = 0; i < damages.Length; i++)
        {
            var (fixture, endpoint, call) = Endpoints[i % Endpoints.Length];
            var damage = damages[i];
            var (body, broken) = Apply(Fixtures.Text($"TikTok/responses/{fixture}"), damage);
            host.Http.ThenRespond(_ => new HttpResponseMessage((HttpStatusCode)damage.Status) { Content = new ByteArrayContent(body) });

            var error = await call(host.Client);

            if (broken || damage.Status != 200)
            {
                Assert.True(error is not null, $"{endpoint} accepted {damage}: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)]}");
            }
            if (error is not null)
            {
                failures++;
                Assert.Contains(endpoint, error);
            }
        }

        output.WriteLine($"{damages.Length} damaged answers in {watch.Elapsed.TotalSeconds:0.0} s: {failures} refused with an error naming the endpoint, {damages.Length - failures} still usable.");
        Assert.Equal(damages.Length, host.Http.Requests.Count); // one call each: nothing here is retried
    }

    [Fact]
    public async Task AnHtmlErrorPageOrAnEmptyBodyIsAClearError()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body><h1>502 Bad Gateway</h1></body></html>", Encoding.UTF8, "text/html") });
        host.Http.ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) });

        var html = await host.Client.ShipPackageAsync("1152321127278713123", Ship());
        var empty = await host.Client.ShipPackageAsync("1152321127278713123", Ship());

        Assert.Contains("502", html.Error?.Message);
        Assert.Equal(TikTokShopClient.ShipPackageEndpoint, html.Error?.Endpoint);
        Assert.Equal(TikTokErrorKind.InvalidResponse, empty.Error?.Kind);
    }

    [Fact]
    public async Task AnAnswerThatTricklesInIsCutOffByTheAttemptTimeout()
    {
        using var host = new TikTokTestHost(configure: s => s.Configure<TikTokHttpOptions>(o => o.AttemptTimeoutSeconds = 1)).WithToken();
        host.Http.ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream()) });
        // Only a guard so that a hang fails the test instead of holding the run: the answer is due after about one second.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var result = await host.Client.ShipPackageAsync("1152321127278713123", Ship(), guard.Token);

        Assert.Equal(TikTokErrorKind.Network, result.Error?.Kind);
        Assert.Contains("in time", result.Error?.Message);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheLimitIsRefused()
    {
        using var host = new TikTokTestHost(configure: s => s.Configure<TikTokHttpOptions>(o => o.MaxAnswerBytes = 4096)).WithToken();
        host.Http.ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"code\":0,\"data\":{\"x\":\"" + new string('a', 10_000) + "\"}}") });

        var result = await host.Client.ShipPackageAsync("1152321127278713123", Ship());

        Assert.Equal(TikTokErrorKind.Network, result.Error?.Kind);
        Assert.Equal(TikTokShopClient.ShipPackageEndpoint, result.Error?.Endpoint);
    }

    /// <summary>Breaks the recorded answer; <c>broken</c> says whether no client may accept it (the whole body is wrong).</summary>
    private static (byte[] Body, bool Broken) Apply(string fixture, Damage damage)
    {
        switch (damage.Whole)
        {
            // Cut inside the JSON itself: a cut that removes only the trailing newline leaves a whole answer.
            case 1: return (Encoding.UTF8.GetBytes(fixture[..(damage.Path % fixture.TrimEnd().Length)]), true);
            case 2: return ([], true);
            case 3: return (Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Service Unavailable</body></html>"), true);
            case 4: return (Encoding.UTF8.GetBytes("[" + fixture + "]"), true);
            case 5: return (Encoding.UTF8.GetBytes("{\"code\":\"0\",\"data\":{}}"), true);
            case 6: return ([.. Enumerable.Range(0, 64).Select(n => (byte)((n * 37 + damage.Path) % 256))], true);
            case 7: return (Encoding.UTF8.GetBytes("{\"code\":0,\"message\":\"Success\"}"), true);
        }

        var root = JsonNode.Parse(fixture)!;
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        JsonPlaces.Collect(root["data"]!, places);
        var (parent, name, index) = places[damage.Path % places.Count];
        JsonNode? replacement = damage.Kind switch
        {
            0 => null,
            1 => JsonValue.Create("not what was expected"),
            2 => JsonValue.Create(1e308),
            3 => JsonValue.Create(true),
            4 => new JsonArray(),
            5 => new JsonObject(),
            6 => JsonValue.Create(-99999999999999999999m),
            _ => JsonValue.Create(new string('x', 20_000)),
        };
        if (damage.Kind == 7 && name is not null && parent is JsonObject removeFrom)
        {
            removeFrom.Remove(name);
        }
        else if (name is not null)
        {
            parent[name] = replacement;
        }
        else
        {
            parent[index] = replacement;
        }
        return (Encoding.UTF8.GetBytes(root.ToJsonString()), false);
    }

    private static TikTokShipPackageRequest Ship() => new() { HandoverMethod = "DROP_OFF", SelfShipment = new TikTokSelfShipment("JX12345", "6617675021119438849") };
}
