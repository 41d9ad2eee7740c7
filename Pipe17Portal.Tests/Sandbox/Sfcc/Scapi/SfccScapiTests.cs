using System.Net;
using System.Text.Json;
using Pipe17Portal.Sandbox.Sfcc.Scapi;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Scapi;

public class SfccScapiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string TypeBase = "https://api.commercecloud.salesforce.com/documentation/error/v1/errors/";

    private static async Task<string> TokenAsync(TestInstance sfcc, string scopes)
    {
        await sfcc.AllowReadScopesAsync();
        var reply = await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} {scopes}");
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        return reply.Text("access_token");
    }

    private static string Products(TestInstance sfcc) => $"{TestInstance.Scapi}/product/products/v1/organizations/{sfcc.OrganizationId}";
    private static string Orders(TestInstance sfcc) => $"{TestInstance.Scapi}/checkout/orders/v1/organizations/{sfcc.OrganizationId}";

    private static void AssertProblem(Reply reply, HttpStatusCode status, string code)
    {
        Assert.True(reply.Status == status, reply.ToString());
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal(TypeBase + code, reply.Text("type"));
        Assert.False(string.IsNullOrEmpty(reply.Text("title")));
        Assert.False(string.IsNullOrEmpty(reply.Text("detail")));
    }

    [Fact]
    public async Task ProductSearchPagesTheWholeCatalogWithoutGapsOrRepeats()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.products");
        var seen = new List<string>();
        int total;
        var offset = 0;
        do
        {
            var page = await sfcc.OcapiAsync(HttpMethod.Post, $"{Products(sfcc)}/product-search?siteId={sfcc.SiteId}",
                new { query = new { matchAllQuery = new { } }, limit = 16, offset, sorts = new[] { new { field = "id", sortOrder = "asc" } } }, token);
            Assert.True(page.Status == HttpStatusCode.OK, page.ToString());
            foreach (var field in SfccSpecs.Required("products-oas-v1-public.yaml", "ProductSearchResult"))
            {
                Assert.True(page.Body.TryGetProperty(field, out _), $"product-search lacks the spec's required '{field}'");
            }
            total = page.Body.GetProperty("total").GetInt32();
            Assert.Equal(JsonValueKind.Array, page.Body.GetProperty("hits").ValueKind);
            seen.AddRange(page.Body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            // As in the spec's example, search has no variations expansion: no hit lists variants.
            Assert.All(page.Body.GetProperty("hits").EnumerateArray(), h => Assert.False(h.TryGetProperty("variants", out _)));
            offset += 16;
        }
        while (offset < total);

        // Variants are not search hits (the spec's example finds a master and its variation group, none of its variants).
        var expected = Pipe17Portal.Sandbox.SandboxCatalog.Masters.Select(m => m.Id).ToList();
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task ProductsCarryTypesVariantsAndStock()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.products");

        var master = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC?siteId={sfcc.SiteId}", token: token);
        var variant = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC-BLK-M?siteId={sfcc.SiteId}", token: token);
        var variations = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC/variations?limit=2&offset=1", token: token);
        var missing = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/tee-classic-wht-s", token: token);

        Assert.True(master.Body.GetProperty("type").GetProperty("master").GetBoolean());
        Assert.Equal(4, master.Body.GetProperty("variants").GetArrayLength());
        Assert.Equal("Classic Cotton Tee", master.Body.GetProperty("name").GetProperty("default").GetString());
        Assert.True(variant.Body.GetProperty("type").GetProperty("variant").GetBoolean());
        Assert.Equal("TEE-CLASSIC", variant.Body.GetProperty("master").GetProperty("masterId").GetString());
        Assert.Equal(JsonValueKind.Number, variant.Body.GetProperty("ats").ValueKind);
        Assert.Equal(JsonValueKind.True, variant.Body.GetProperty("online").ValueKind);
        Assert.Equal(4, variations.Body.GetProperty("total").GetInt32());
        Assert.Equal(2, variations.Body.GetProperty("data").GetArrayLength());
        AssertProblem(missing, HttpStatusCode.NotFound, "product-not-found");
    }

    [Fact]
    public async Task LimitsAboveTheMaximumAreRefused()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.products");

        var search = await sfcc.OcapiAsync(HttpMethod.Post, $"{Products(sfcc)}/product-search", new { query = new { matchAllQuery = new { } }, limit = 201 }, token);
        var variations = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC/variations?limit=51", token: token);

        AssertProblem(search, HttpStatusCode.BadRequest, "bad-request");
        AssertProblem(variations, HttpStatusCode.BadRequest, "invalid-query-parameter");
    }

    [Fact]
    public async Task ScopesAreEnforcedFromTheBearerJwt()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var other = await TestInstance.CreateAsync(factory);
        var ordersOnly = await TokenAsync(sfcc, "sfcc.orders");
        var otherTenant = await TokenAsync(other, "sfcc.products");

        var noProducts = await sfcc.OcapiAsync(HttpMethod.Post, $"{Products(sfcc)}/product-search", new { query = new { matchAllQuery = new { } } }, ordersOnly);
        var readOnlyWrite = await sfcc.OcapiAsync(HttpMethod.Put, $"{Orders(sfcc)}/orders/1/status?siteId={sfcc.SiteId}", new { status = "cancelled" }, ordersOnly);
        var wrongTenant = await sfcc.OcapiAsync(HttpMethod.Post, $"{Products(sfcc)}/product-search", new { query = new { matchAllQuery = new { } } }, otherTenant);
        var noToken = await Reply.ReadAsync(await sfcc.Http.GetAsync($"{Products(sfcc)}/products/TEE-CLASSIC"));
        var forged = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC", token: ordersOnly[..^4] + "AAAA");

        AssertProblem(noProducts, HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("sfcc.products", noProducts.Text("detail"));
        AssertProblem(readOnlyWrite, HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("sfcc.orders.rw", readOnlyWrite.Text("detail"));
        AssertProblem(wrongTenant, HttpStatusCode.Forbidden, "forbidden");
        AssertProblem(noToken, HttpStatusCode.Unauthorized, "invalid-access-token");
        AssertProblem(forged, HttpStatusCode.Unauthorized, "invalid-access-token");
    }

    [Fact]
    public async Task OrdersAreListedReadAndCancelledInCamelCase()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var shopToken = (await sfcc.BmTokenAsync()).Text("access_token");
        var basket = await sfcc.ReadyBasketAsync(shopToken);
        Assert.Equal(HttpStatusCode.OK, (await sfcc.OcapiAsync(HttpMethod.Put, $"{sfcc.Shop}/orders/TT1", new { basket_id = basket.Text("basket_id") }, shopToken)).Status);
        var token = await TokenAsync(sfcc, "sfcc.orders.rw");

        var list = await sfcc.OcapiAsync(HttpMethod.Get, $"{Orders(sfcc)}/orders?siteId={sfcc.SiteId}&status=new&limit=50&offset=0", token: token);
        var noSite = await sfcc.OcapiAsync(HttpMethod.Get, $"{Orders(sfcc)}/orders", token: token);
        var cancel = await sfcc.OcapiAsync(HttpMethod.Put, $"{Orders(sfcc)}/orders/TT1/status?siteId={sfcc.SiteId}", new { status = "cancelled" }, token);
        var order = await sfcc.OcapiAsync(HttpMethod.Get, $"{Orders(sfcc)}/orders/TT1?siteId={sfcc.SiteId}", token: token);
        var missing = await sfcc.OcapiAsync(HttpMethod.Get, $"{Orders(sfcc)}/orders/nope?siteId={sfcc.SiteId}", token: token);

        Assert.True(list.Status == HttpStatusCode.OK, list.ToString());
        Assert.Equal("TT1", list.Body.GetProperty("data")[0].GetProperty("orderNo").GetString());
        Assert.False(list.Body.TryGetProperty("total", out _));
        AssertProblem(noSite, HttpStatusCode.BadRequest, "missing-site-id");
        Assert.Equal(HttpStatusCode.NoContent, cancel.Status);
        Assert.Equal("cancelled", order.Text("status"));
        Assert.Equal("001", order.Body.GetProperty("shipments")[0].GetProperty("shippingMethod").GetProperty("id").GetString());
        Assert.Equal("00001001", order.Body.GetProperty("customerInfo").GetProperty("customerNo").GetString());
        Assert.Equal("5770001", order.Text("c_tiktokOrderId"));
        AssertProblem(missing, HttpStatusCode.NotFound, "order-not-found");
    }

    [Fact]
    public async Task FaultsAnswerLoadSheddingWithSfdcLoad()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.products");
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "503" } });

        var reply = await sfcc.OcapiAsync(HttpMethod.Get, $"{Products(sfcc)}/products/TEE-CLASSIC", token: token);

        AssertProblem(reply, HttpStatusCode.ServiceUnavailable, "service-unavailable");
        Assert.Equal("95", reply.Response.Headers.GetValues("sfdc_load").Single());
    }

    [Fact]
    public async Task CustomersAreReadAndSearchedInTheSiteList()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.customerlists");
        var customers = $"{TestInstance.Scapi}/customer/customers/v1/organizations/{sfcc.OrganizationId}/customer-lists";

        var one = await sfcc.OcapiAsync(HttpMethod.Get, $"{customers}/{sfcc.SiteId}/customers/00001001", token: token);
        var search = await sfcc.OcapiAsync(HttpMethod.Post, $"{customers}/{sfcc.SiteId}/customer-search",
            new { query = new { textQuery = new { fields = new[] { "email" }, searchPhrase = one.Text("email") } }, limit = 10, offset = 0 }, token);
        var missing = await sfcc.OcapiAsync(HttpMethod.Get, $"{customers}/{sfcc.SiteId}/customers/42", token: token);
        var noList = await sfcc.OcapiAsync(HttpMethod.Get, $"{customers}/RefArch/customers/00001001", token: token);
        var noScope = await sfcc.OcapiAsync(HttpMethod.Get, $"{customers}/{sfcc.SiteId}/customers/00001001", token: await TokenAsync(sfcc, "sfcc.products"));

        Assert.Equal("00001001", one.Text("customerNo"));
        Assert.True(one.Body.GetProperty("credentials").GetProperty("enabled").GetBoolean());
        Assert.Equal(1, search.Body.GetProperty("total").GetInt32());
        Assert.Equal("00001001", search.Body.GetProperty("hits")[0].GetProperty("data").GetProperty("customerNo").GetString());
        AssertProblem(missing, HttpStatusCode.NotFound, "customer-not-found");
        AssertProblem(noList, HttpStatusCode.NotFound, "customer-list-not-found");
        AssertProblem(noScope, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task OciAvailabilityAnswersPerGroupAndLocation()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.inventory.availability");
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/CAP-DAD-NVY-OS", new { quantity = 7 });
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/CAP-DAD-NVY-OS", new { quantity = 3, location = $"{sfcc.SiteId}-store" });
        var url = $"{TestInstance.Scapi}/inventory/availability/v1/organizations/{sfcc.OrganizationId}/availability-records/actions/get-availability";

        var byGroup = await sfcc.OcapiAsync(HttpMethod.Post, url, new { skus = new[] { "CAP-DAD-NVY-OS", "NOPE" }, groups = new[] { sfcc.SiteId } }, token);
        var byLocation = await sfcc.OcapiAsync(HttpMethod.Post, url, new { skus = new[] { "CAP-DAD-NVY-OS" }, locations = new[] { $"{sfcc.SiteId}-warehouse", $"{sfcc.SiteId}-store" } }, token);
        var both = await sfcc.OcapiAsync(HttpMethod.Post, url, new { skus = new[] { "CAP-DAD-NVY-OS" }, groups = new[] { "x" }, locations = new[] { "y" } }, token);

        var record = byGroup.Body.GetProperty("groups")[0].GetProperty("records");
        Assert.Equal(1, record.GetArrayLength());
        Assert.Equal("CAP-DAD-NVY-OS", record[0].GetProperty("sku").GetString());
        Assert.Equal(10, record[0].GetProperty("ato").GetInt32()); // the group adds up its warehouse and store
        Assert.Equal(7, byLocation.Body.GetProperty("locations")[0].GetProperty("records")[0].GetProperty("ato").GetInt32());
        Assert.Equal(3, byLocation.Body.GetProperty("locations")[1].GetProperty("records")[0].GetProperty("ato").GetInt32());
        AssertProblem(both, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task OciDeltasReportEachChangedSkuOnceAtTheTokensPlacesAndOnlyChangesAfterTheToken()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.inventory.availability");
        var oci = $"{TestInstance.Scapi}/inventory/availability/v1/organizations/{sfcc.OrganizationId}/availability-records";
        var (warehouse, store) = ($"{sfcc.SiteId}-warehouse", $"{sfcc.SiteId}-store");
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/CAP-DAD-NVY-OS", new { quantity = 1 }); // before the token: not reported

        var started = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/delta-token", new { placeType = "location", places = new[] { warehouse, store } }, token);
        Assert.True(started.Status == HttpStatusCode.OK, started.ToString());
        var deltaToken = started.Body.GetProperty("deltaToken").GetString()!;
        var quiet = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken }, token);
        Assert.Equal(0, quiet.Body.GetProperty("records").GetArrayLength());
        Assert.False(quiet.Body.GetProperty("shouldQueryAgain").GetBoolean());

        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-CLASSIC-BLK-M", new { quantity = 4 });
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-CLASSIC-BLK-M", new { quantity = 9 });
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-CLASSIC-BLK-M", new { quantity = 50, location = store }); // seeded stores hold under 7
        var deltas = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken = quiet.Body.GetProperty("nextDeltaToken").GetString() }, token);

        var records = deltas.Body.GetProperty("records").EnumerateArray()
            .Select(r => (Sku: r.GetProperty("sku").GetString(), Location: r.GetProperty("location").GetString(), Ato: r.GetProperty("ato").GetInt32())).ToList();
        Assert.Equal([("TEE-CLASSIC-BLK-M", warehouse, 9), ("TEE-CLASSIC-BLK-M", store, 50)], records);
        var next = deltas.Body.GetProperty("nextDeltaToken").GetString();
        var after = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken = next }, token);
        Assert.Equal(0, after.Body.GetProperty("records").GetArrayLength());

        var byGroup = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/delta-token", new { placeType = "group", places = new[] { sfcc.SiteId } }, token);
        await sfcc.PutJsonAsync($"{sfcc.Control}/inventory/TEE-CLASSIC-BLK-M", new { quantity = 5 });
        var groupDeltas = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken = byGroup.Body.GetProperty("deltaToken").GetString() }, token);
        var group = Assert.Single(groupDeltas.Body.GetProperty("records").EnumerateArray());
        Assert.Equal((sfcc.SiteId, 55), (group.GetProperty("group").GetString(), group.GetProperty("ato").GetInt32()));

        AssertProblem(await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken = "not-a-token" }, token), HttpStatusCode.BadRequest, "bad-request");
        AssertProblem(await sfcc.OcapiAsync(HttpMethod.Post, oci + "/delta-token", new { placeType = "region", places = new[] { "x" } }, token), HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task OciDeltasArePagedWithShouldQueryAgain()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = await TokenAsync(sfcc, "sfcc.inventory.availability");
        var oci = $"{TestInstance.Scapi}/inventory/availability/v1/organizations/{sfcc.OrganizationId}/availability-records";
        var started = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/delta-token", new { placeType = "location", places = new[] { $"{sfcc.SiteId}-warehouse" } }, token);
        var generated = await sfcc.Http.PostAsync($"{sfcc.Control}/catalog/generate",
            new StringContent("{\"masters\":600,\"variants_per_master\":1}", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(generated.IsSuccessStatusCode, await generated.Content.ReadAsStringAsync());

        var deltaToken = started.Body.GetProperty("deltaToken").GetString();
        var skus = new HashSet<string>();
        var calls = 0;
        bool again;
        do
        {
            var page = await sfcc.OcapiAsync(HttpMethod.Post, oci + "/actions/get-deltas", new { deltaToken }, token);
            skus.UnionWith(page.Body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("sku").GetString()!));
            again = page.Body.GetProperty("shouldQueryAgain").GetBoolean();
            deltaToken = page.Body.GetProperty("nextDeltaToken").GetString();
            calls++;
        }
        while (again && calls < 10);
        Assert.True(calls > 1); // 600 warehouse and 600 store rows written: more than one page of changes
        Assert.Equal(600, skus.Count(s => s.StartsWith("GEN-", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryServedPathAndMethodExistsInTheOfficialSpec()
    {
        var files = new Dictionary<string, string>
        {
            [SfccScapiProductEndpoints.Products] = "products-oas-v1-public.yaml",
            [SfccScapiProductEndpoints.Catalogs] = "catalogs-oas-v1-public.yaml",
            [SfccScapiOrderEndpoints.Orders] = "orders-oas-v1-public.yaml",
            [SfccScapiCustomerEndpoints.Customers] = "customers-oas-v1-public.yaml",
        };
        Assert.NotEmpty(SfccScapiGateway.Routes);
        // OCI has no official spec, so its route is the only one not checked.
        foreach (var route in SfccScapiGateway.Routes.Where(r => r.Base != SfccOciEndpoints.Availability))
        {
            var path = "/organizations/{organizationId}" + route.Template;
            Assert.True(SfccSpecs.Methods(files[route.Base], path).Contains(route.Method), $"{route.Method} {route.Base}{path} is not in {files[route.Base]}");
        }
        Assert.Contains("POST", SfccSpecs.Methods("auth-oas-v1-public.yaml", "/organizations/{organizationId}/oauth2/token"));
    }
}
