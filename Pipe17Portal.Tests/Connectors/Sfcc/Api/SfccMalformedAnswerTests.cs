using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>
/// §4 of issue 12: SFCC's answers as the flows get them (recorded from the emulator through the real client, in
/// Fixtures/Sfcc/responses), broken by generated damage (a field removed, null, of another type, huge; the whole body
/// truncated inside the JSON, empty, HTML, random bytes, an array instead of the object; error statuses with and without
/// SFCC's error bodies) and fed to the real client: every OCAPI Shop/Data, SCAPI and token endpoint the flows call. Every
/// call ends in a result: success only when the answer still keeps every promise its type makes (no null where the type
/// says never), otherwise an error naming the endpoint; never an exception, never a hang. The generator's seed is fixed.
/// </summary>
public partial class SfccMalformedAnswerTests(ITestOutputHelper output)
{
    private const int Total = 10_500;
    private const ulong Seed = 122_026;

    private enum Api { OcapiShop, OcapiData, Scapi, Token }

    private sealed record Outcome(SfccError? Error, object? Data);

    private sealed record Endpoint(string Name, Api Api, string? Fixture, Func<SfccClient, Task<Outcome>> Call);

    /// <param name="Whole">0: one field damaged; otherwise the whole body (see <see cref="Apply"/>).</param>
    /// <param name="ErrorBody">For an error status: 0 SFCC's own error body, 1 none, 2 HTML, 3 SFCC's error body cut short.</param>
    private sealed record Damage(int Path, int Kind, int Whole, int Status, int ErrorBody);

    private static readonly OcapiAddress Address = new() { FirstName = "Jane", LastName = "Doe", Address1 = "1 Main St", City = "Austin", PostalCode = "78701", StateCode = "TX", CountryCode = "US" };

    private static readonly Endpoint[] Endpoints =
    [
        new(SfccShopClient.CreateBasketEndpoint, Api.OcapiShop, "ShopCreateBasket", c => Of(c.Shop.CreateBasketAsync(new OcapiBasketRequest
        {
            CustomerInfo = new OcapiCustomerInfo { CustomerNo = "00001001", Email = "buyer@example.com" },
            BillingAddress = Address,
            Shipments = [new OcapiShipment { ShipmentId = "me", ShippingMethod = new OcapiShippingMethodRef("001"), ShippingAddress = Address }],
            ProductItems = [new OcapiProductItem { ProductId = "TEE-CLASSIC-BLK-M", Quantity = 2 }],
        }))),
        new(SfccShopClient.AddPriceAdjustmentEndpoint, Api.OcapiShop, "ShopAddPriceAdjustment", c => Of(c.Shop.AddPriceAdjustmentAsync("933ec807fb1c8aecf020931328",
            new OcapiPriceAdjustmentRequest(OcapiPriceAdjustmentLevels.Product, "405f8996a26d1ba7ee26ec32e5", new OcapiDiscount(OcapiDiscountTypes.FixedPrice, 19m))))),
        new(SfccShopClient.ShippingMethodsEndpoint, Api.OcapiShop, "ShopShippingMethods", c => Of(c.Shop.GetShippingMethodsAsync("933ec807fb1c8aecf020931328"))),
        new(SfccShopClient.PaymentMethodsEndpoint, Api.OcapiShop, "ShopPaymentMethods", c => Of(c.Shop.GetPaymentMethodsAsync("933ec807fb1c8aecf020931328"))),
        new(SfccShopClient.CustomerBasketsEndpoint, Api.OcapiShop, "ShopCustomerBaskets", c => Of(c.Shop.GetCustomerBasketsAsync("ab53221541bd375185db410191"))),
        new(SfccShopClient.CreateOrderWithNumberEndpoint, Api.OcapiShop, "ShopCreateOrderWithNumber", c => Of(c.Shop.CreateOrderWithNumberAsync("TT5770001", "933ec807fb1c8aecf020931328"))),
        new(SfccShopClient.GetOrderEndpoint, Api.OcapiShop, "ShopGetOrder", c => Of(c.Shop.GetOrderAsync("TT5770001"))),
        new(SfccShopClient.SearchOrdersEndpoint, Api.OcapiShop, "ShopOrderSearch", c => Of(c.Shop.SearchOrdersAsync(new OcapiSearchRequest(OcapiQuery.Term("order_no", "TT5770001"), 0, 25)))),
        new(SfccShopClient.DeleteBasketEndpoint, Api.OcapiShop, null, c => Of(c.Shop.DeleteBasketAsync("933ec807fb1c8aecf020931328"))),
        new(SfccDataClient.SiteEndpoint, Api.OcapiData, "DataSite", c => Of(c.Data.GetSiteAsync())),
        new(SfccDataClient.CustomerEndpoint, Api.OcapiData, "DataCustomer", c => Of(c.Data.GetCustomerAsync("00001001"))),
        new(SfccDataClient.CustomerSearchEndpoint, Api.OcapiData, "DataCustomerSearch", c => Of(c.Data.SearchCustomersAsync(OcapiQuery.Text("email", "ava.martinez@example.com")))),
        new(SfccDataClient.CreateCustomerEndpoint, Api.OcapiData, "DataCreateCustomer", c => Of(c.Data.CreateCustomerAsync(new OcapiCustomerCreate
        {
            Credentials = new OcapiCustomerCredentials { Login = "tt-buyer-1@example.com" }, LastName = "Buyer", Email = "tt-buyer-1@example.com",
        }))),
        new(SfccDataClient.AttributeDefinitionsEndpoint, Api.OcapiData, "DataAttributeDefinitions", c => Of(c.Data.GetAttributeDefinitionsAsync("Order"))),
        new(SfccDataClient.OrderStatusEndpoint, Api.OcapiData, null, c => Of(c.Data.SetOrderStatusAsync("TT5770001", "cancelled"))),
        new(SfccOrdersClient.ListEndpoint, Api.Scapi, "ScapiOrders", c => Of(c.Orders.ListAsync(new ScapiOrderQuery { Limit = 2 }))),
        new(SfccOrdersClient.GetEndpoint, Api.Scapi, "ScapiOrder", c => Of(c.Orders.GetAsync("TT5770001"))),
        new(SfccOrdersClient.StatusEndpoint, Api.Scapi, null, c => Of(c.Orders.UpdateStatusAsync("TT5770001", "completed"))),
        new(SfccProductsClient.SearchEndpoint, Api.Scapi, "ScapiProductSearch", c => Of(c.Products.SearchAsync(ScapiQuery.MatchAll, 2))),
        new(SfccProductsClient.GetEndpoint, Api.Scapi, "ScapiProduct", c => Of(c.Products.GetAsync("TEE-CLASSIC"))),
        new(SfccProductsClient.VariationsEndpoint, Api.Scapi, "ScapiVariations", c => Of(c.Products.GetVariationsAsync("TEE-CLASSIC", 2))),
        new(SfccCatalogsClient.CatalogsEndpoint, Api.Scapi, "ScapiCatalogs", c => Of(c.Catalogs.GetCatalogsAsync(2))),
        new(SfccCustomersClient.SearchEndpoint, Api.Scapi, "ScapiCustomerSearch", c => Of(c.Customers.FindByEmailAsync("ava.martinez@example.com"))),
        new(SfccCustomersClient.GetEndpoint, Api.Scapi, "ScapiCustomer", c => Of(c.Customers.GetAsync("00001001"))),
        new(SfccInventoryClient.AvailabilityEndpoint, Api.Scapi, "OciAvailability", c => Of(c.Inventory.GetAvailabilityAsync("f_ecom_zzte_053", ["TEE-CLASSIC-BLK-M", "TEE-CLASSIC-BLK-L"], ["RefArch"]))),
        new(SfccInventoryClient.DeltaTokenEndpoint, Api.Scapi, "OciDeltaToken", c => Of(c.Inventory.CreateDeltaTokenAsync("f_ecom_zzte_053", "location", ["RefArch-warehouse"]))),
        new(SfccInventoryClient.DeltasEndpoint, Api.Scapi, "OciDeltas", c => Of(c.Inventory.GetDeltasAsync("f_ecom_zzte_053", "djEKMDg0NTNh"))),
        new(SfccTokenService.AccountManagerEndpoint, Api.Token, "AccountManagerToken", c => Of(c.Tokens.GetAccountManagerTokenAsync(fresh: true))),
        new(SfccTokenService.ShopperEndpoint, Api.Token, "SlasToken", c => Of(c.Tokens.GetShopperTokenAsync(fresh: true))),
        new(SfccTokenService.BusinessManagerEndpoint, Api.Token, "BusinessManagerGrantToken", c => Of(c.Tokens.GetBusinessManagerTokenAsync(fresh: true))),
    ];

    [Fact]
    public async Task TenThousandDamagedAnswersEndInAResultNeverAnException()
    {
        using var host = new SfccTestHost(configure: s => s.Configure<SfccApiOptions>(o => o.RetryBaseDelay = TimeSpan.Zero));
        var fixtures = Endpoints.Where(e => e.Fixture is not null).ToDictionary(e => e.Fixture!, e => Fixtures.Text($"Sfcc/responses/{e.Fixture}.json"));
        var damages = (from path in Gen.Choose(0, 10_000)
                       from kind in Gen.Choose(0, 10)
                       from whole in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Choose(1, 7)))
                       from status in Gen.Frequency((10, Gen.Constant(200)), (1, Gen.Elements(400, 401, 403, 404, 409, 500)))
                       from errorBody in Gen.Choose(0, 3)
                       select new Damage(path, kind, whole, status, errorBody)).Sample(Total, new Rnd(Seed), 10);
        var watch = Stopwatch.StartNew();
        var (refused, usable) = (0, 0);

        for (var i = 0; i < damages.Length; i++)
        {
            var endpoint = Endpoints[i % Endpoints.Length];
            var damage = damages[i];
            var (body, broken, contentType) = damage.Status == 200 ? Apply(endpoint.Fixture is null ? null : fixtures[endpoint.Fixture], damage) : ErrorBody(endpoint.Api, damage);
            // A minute later each time: cached tokens expire now and then, and no call shares the circuit breaker's window with many others.
            host.Clock.Now += TimeSpan.FromMinutes(1);
            var served = 0;
            host.Http.Otherwise(request =>
            {
                if (endpoint.Api != Api.Token && IsTokenRequest(request))
                {
                    return Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes(fixtures[TokenFixture(request)]), "application/json");
                }
                served++;
                return Answer((HttpStatusCode)damage.Status, body, contentType);
            });

            var outcome = await endpoint.Call(host.Client);

            var what = $"{endpoint.Name} with {damage}: {Shorten(body)}";
            Assert.True(served > 0, $"{what} never reached the network");
            if (outcome.Error is { } error)
            {
                refused++;
                Assert.Equal(endpoint.Name, error.Endpoint);
                Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
                Assert.False(string.IsNullOrWhiteSpace(error.Explanation), what);
                if (damage.Status != 200)
                {
                    Assert.Equal(damage.Status, error.HttpStatus);
                    Assert.Contains(error.Kind, ExpectedKinds(endpoint.Api, damage.Status));
                }
                else
                {
                    Assert.True(error.Kind == SfccErrorKind.InvalidResponse, $"{what} → {error}");
                }
            }
            else
            {
                usable++;
                Assert.True(damage.Status == 200 && (!broken || endpoint.Fixture is null), $"{what} was accepted");
                Assert.True(SfccAnswerPromises.FirstBroken(outcome.Data) is null, $"{what} was accepted with {SfccAnswerPromises.FirstBroken(outcome.Data)} null");
                if (outcome.Data is SfccAccessToken token)
                {
                    Assert.Matches(Bearer(), token.Value);
                    Assert.True(token.ExpiresAt > host.Clock.Now, $"{what} gave a token that has already expired");
                }
            }
        }

        output.WriteLine($"{damages.Length} damaged answers over {Endpoints.Length} endpoints in {watch.Elapsed.TotalSeconds:0.0} s: {refused} refused with an error naming the endpoint, {usable} still usable.");
    }

    [Fact]
    public async Task AnAnswerLabelledWithAnUnknownCharacterSetIsReadAsUtf8()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenRespond(_ => Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes(Fixtures.Text("Sfcc/responses/ShopGetOrder.json")), "application/json; charset=klingon-16"));

        var result = await host.Client.Shop.GetOrderAsync("TT5770001");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("TT5770001", result.Data.OrderNo);
    }

    [Theory]
    [InlineData("ShopCreateBasket", "basket_id", "basket_id")]
    [InlineData("DataCustomerSearch", "hits", "hits[0]")]
    [InlineData("DataCustomerSearch", "data", "hits[0].data")]
    public async Task ANullWhereTheModelPromisesAValueIsAnInvalidAnswerNamingTheField(string fixture, string field, string reported)
    {
        using var host = new SfccTestHost();
        var document = JsonNode.Parse(Fixtures.Text($"Sfcc/responses/{fixture}.json"))!;
        if (field == "hits")
        {
            document["hits"]!.AsArray()[0] = null;
        }
        else if (field == "data")
        {
            document["hits"]![0]!["data"] = null;
        }
        else
        {
            document[field] = null;
        }
        host.Http.ThenToken("bm-1").ThenOk(document.ToJsonString());

        var error = fixture == "ShopCreateBasket"
            ? (await host.Client.Shop.CreateBasketAsync(new OcapiBasketRequest())).Error
            : (await host.Client.Data.SearchCustomersAsync(OcapiQuery.MatchAll)).Error;

        Assert.Equal(SfccErrorKind.InvalidResponse, error?.Kind);
        Assert.Contains($"field '{reported}' is missing or null", error?.Message);
    }

    [Fact]
    public async Task ATokenThatCannotGoInAHeaderIsRefused()
    {
        using var host = new SfccTestHost();
        host.Http.ThenOk("""{"access_token":"abc\r\nX-Injected: 1","token_type":"Bearer","expires_in":899}""");

        var result = await host.Client.Tokens.GetBusinessManagerTokenAsync(fresh: true);

        Assert.Equal(SfccErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Equal(SfccTokenService.BusinessManagerEndpoint, result.Error?.Endpoint);
        Assert.Contains("not a bearer token", result.Error?.Message);
    }

    [Fact]
    public async Task AHugeTokenLifetimeIsBelievedForADayAtMostInsteadOfOverflowing()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1", expiresIn: int.MaxValue).ThenOk($$"""{"access_token":"am-2","token_type":"Bearer","expires_in":{{long.MaxValue}}}""");

        var large = await host.Client.Tokens.GetAccountManagerTokenAsync(fresh: true);
        var huge = await host.Client.Tokens.GetAccountManagerTokenAsync(fresh: true);

        Assert.Equal(SfccTestHost.Now + TimeSpan.FromDays(1), large.Data?.ExpiresAt);
        Assert.Equal(SfccTestHost.Now + TimeSpan.FromDays(1), huge.Data?.ExpiresAt);
    }

    [Fact]
    public async Task APageThatRepeatsAnEarlierOneEndsThePagingWithAnErrorInsteadOfLoopingForEver()
    {
        using var host = new SfccTestHost();
        var page = JsonNode.Parse(Fixtures.Text("Sfcc/responses/ScapiProductSearch.json"))!;
        page["total"] = int.MaxValue; // the answer claims more and more pages, and always sends the first one
        host.Http.ThenToken("am-1").Otherwise(_ => Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes(page.ToJsonString()), "application/json"));

        var pages = new List<SfccResult<ScapiProductSearchResult>>();
        await foreach (var read in host.Client.Products.SearchAllAsync(pageSize: 2))
        {
            pages.Add(read);
            Assert.True(pages.Count <= 2, "the paging did not stop");
        }

        Assert.Equal(2, pages.Count);
        Assert.True(pages[0].IsSuccess, pages[0].ToString());
        Assert.Equal(SfccErrorKind.InvalidResponse, pages[1].Error?.Kind);
        Assert.Contains("offset 2 was asked for, and the one at offset 0 came back", pages[1].Error?.Message);
    }

    [Fact]
    public async Task AVariationsPageThatIsNotTheOneAskedForIsRefused()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk(Fixtures.Text("Sfcc/responses/ScapiVariations.json"));

        var result = await host.Client.Products.GetVariationsAsync("TEE-CLASSIC", 2, offset: 2);

        Assert.Equal(SfccErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Equal(SfccProductsClient.VariationsEndpoint, result.Error?.Endpoint);
    }

    [Fact]
    public async Task AnAnswerThatTricklesInIsCutOffByTheAttemptTimeout()
    {
        using var host = new SfccTestHost(configure: s => s.Configure<SfccApiOptions>(o => o.AttemptTimeout = TimeSpan.FromSeconds(1)));
        host.Http.ThenToken("bm-1").ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream()) });
        // Only a guard so that a hang fails the test instead of holding the run: the answer is due after about one second.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var result = await host.Client.Shop.CreateOrderWithNumberAsync("TT5770001", "933ec807fb1c8aecf020931328", guard.Token);

        Assert.Equal(SfccErrorKind.Network, result.Error?.Kind);
        Assert.Equal(SfccShopClient.CreateOrderWithNumberEndpoint, result.Error?.Endpoint);
        Assert.Contains("in time", result.Error?.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnAnswerLargerThanTheLimitIsRefusedNamingTheLimit(bool withLength)
    {
        using var host = new SfccTestHost(configure: s => s.Configure<SfccApiOptions>(o => o.MaxAnswerBytes = 4096));
        var body = Encoding.UTF8.GetBytes("{\"order_no\":\"TT1\",\"c_note\":\"" + new string('a', 10_000) + "\"}");
        host.Http.ThenToken("bm-1").ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = withLength ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body)),
        });

        var result = await host.Client.Shop.GetOrderAsync("TT1");

        Assert.Equal(SfccErrorKind.InvalidResponse, result.Error?.Kind);
        Assert.Equal(SfccShopClient.GetOrderEndpoint, result.Error?.Endpoint);
        Assert.Contains("larger than 4,096 bytes", result.Error?.Message);
        Assert.Contains("Sfcc:Api:MaxAnswerBytes", result.Error?.Explanation);
    }

    [Fact]
    public async Task AnAnswerThatBreaksOffIsANetworkFailure()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").ThenRespond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) });

        var result = await host.Client.Shop.CreateOrderWithNumberAsync("TT5770001", "933ec807fb1c8aecf020931328");

        Assert.Equal(SfccErrorKind.Network, result.Error?.Kind);
        Assert.Equal(SfccShopClient.CreateOrderWithNumberEndpoint, result.Error?.Endpoint);
        Assert.Contains("broke off", result.Error?.Message);
    }

    /// <summary>The result as the test reads it, whatever its type.</summary>
    private static async Task<Outcome> Of<T>(Task<SfccResult<T>> call)
    {
        var result = await call;
        return new Outcome(result.Error, result.Data);
    }

    private static bool IsTokenRequest(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.Contains("oauth2/", StringComparison.Ordinal);

    private static string TokenFixture(HttpRequestMessage request) => request.RequestUri!.AbsolutePath switch
    {
        var path when path.StartsWith("/dwsso/", StringComparison.Ordinal) => "AccountManagerToken",
        var path when path.StartsWith("/shopper/", StringComparison.Ordinal) => "SlasToken",
        _ => "BusinessManagerGrantToken",
    };

    private static HttpResponseMessage Answer(HttpStatusCode status, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return new HttpResponseMessage(status) { Content = content };
    }

    private static SfccErrorKind[] ExpectedKinds(Api api, int status) => (api, status) switch
    {
        (_, 401) => [SfccErrorKind.Authentication],
        (_, 409) => [SfccErrorKind.Conflict],
        (_, 500) => [SfccErrorKind.Transient],
        // The token service reports every refusal of the token request as a credentials problem.
        (Api.Token, _) => [SfccErrorKind.Authentication],
        (_, 400) => [SfccErrorKind.Api, SfccErrorKind.Authentication],
        (_, 403) => [SfccErrorKind.Forbidden],
        _ => [SfccErrorKind.NotFound],
    };

    /// <summary>An error answer: SFCC's own error document for the API (OCAPI fault, SCAPI problem, OAuth error), none, HTML, or a cut one.</summary>
    private static (byte[] Body, bool Broken, string? ContentType) ErrorBody(Api api, Damage damage)
    {
        var own = api switch
        {
            Api.OcapiShop or Api.OcapiData =>
                "{\"_v\":\"23.2\",\"fault\":{\"arguments\":{\"basketId\":\"933ec807fb1c8aecf020931328\"},\"type\":\"" + FaultType(damage.Status) + "\",\"message\":\"SFCC said no.\"}}",
            Api.Scapi =>
                "{\"title\":\"Refused\",\"type\":\"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/" + ProblemType(damage.Status) + "\",\"detail\":\"SFCC said no.\"}",
            _ => "{\"error\":\"" + (damage.Status == 400 ? "invalid_client" : "server_error") + "\",\"error_description\":\"SFCC said no.\"}",
        };
        return damage.ErrorBody switch
        {
            0 => (Encoding.UTF8.GetBytes(own), true, api == Api.Scapi ? "application/problem+json" : "application/json;charset=UTF-8"),
            1 => ([], true, null),
            2 => (Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>Error</h1></body></html>"), true, "text/html"),
            _ => (Encoding.UTF8.GetBytes(own[..(damage.Path % own.Length)]), true, "application/json"),
        };
    }

    private static string FaultType(int status) => status switch
    {
        400 => "InvalidShippingMethodIdException",
        401 => "InvalidAccessTokenException",
        403 => "ClientAccessForbiddenException",
        404 => "BasketNotFoundException",
        409 => "OrderNoAlreadyInUseException",
        _ => "InternalServerError",
    };

    private static string ProblemType(int status) => status switch
    {
        400 => "invalid-order-total",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "order-not-found",
        409 => "order-status-transition",
        _ => "internal-server-error",
    };

    /// <summary>
    /// Breaks a recorded answer (null for the calls SFCC answers with 204). <c>Broken</c>: no client may accept the body as the
    /// document it expects (a cut inside the JSON, empty, HTML, an array, random bytes, JSON null); a damaged field may be one
    /// the portal does not need.
    /// </summary>
    private static (byte[] Body, bool Broken, string? ContentType) Apply(string? fixture, Damage damage)
    {
        const string Json = "application/json;charset=UTF-8";
        if (fixture is null)
        {
            return (damage.Whole == 0 ? [] : Encoding.UTF8.GetBytes("<html>not what was expected</html>"), damage.Whole != 0, damage.Whole == 0 ? null : "text/html");
        }

        switch (damage.Whole)
        {
            // Cut inside the JSON itself (a cut that removes only trailing whitespace would leave a whole answer).
            case 1: return (Encoding.UTF8.GetBytes(fixture.TrimEnd()[..(damage.Path % fixture.TrimEnd().Length)]), true, Json);
            case 2: return ([], true, damage.Path % 2 == 0 ? Json : null);
            case 3: return (Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>503</title></head><body>Service Unavailable</body></html>"), true, "text/html; charset=utf-8");
            case 4: return (Encoding.UTF8.GetBytes("[" + fixture + "]"), true, Json);
            // 0xFF is never UTF-8, so these bytes are never JSON.
            case 5: return ([0xFF, .. Enumerable.Range(0, 64).Select(n => (byte)((n * 37 + damage.Path) % 256))], true, "application/octet-stream");
            case 6: return ("null"u8.ToArray(), true, Json);
            // A whole answer labelled with a character set nobody knows: JSON is UTF-8 whatever the label says.
            case 7: return (Encoding.UTF8.GetBytes(fixture), false, "application/json; charset=klingon-16");
        }

        var root = JsonNode.Parse(fixture)!;
        var places = new List<(JsonNode Parent, string? Name, int Index)>();
        JsonPlaces.Collect(root, places);
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
            7 => JsonValue.Create(int.MaxValue),
            8 => JsonValue.Create(long.MaxValue),
            9 => JsonValue.Create("line\r\nbreak\0and NUL"),
            _ => JsonValue.Create(new string('x', 20_000)),
        };
        if (damage.Kind == 10 && damage.Path % 2 == 0 && name is not null && parent is JsonObject removeFrom)
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
        return (Encoding.UTF8.GetBytes(root.ToJsonString()), false, Json);
    }

    private static string Shorten(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    /// <summary>RFC 6750's b64token: what may follow "Bearer " in a header.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9\-._~+/]+=*$")]
    private static partial Regex Bearer();

    /// <summary>An answer body whose connection drops after the first bytes.</summary>
    private sealed class BrokenStream : Stream
    {
        private bool started;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (started)
            {
                throw new IOException("Connection reset by peer.");
            }
            started = true;
            "{\"order_no\":"u8.CopyTo(buffer.Span);
            return ValueTask.FromResult(13);
        }
    }
}
