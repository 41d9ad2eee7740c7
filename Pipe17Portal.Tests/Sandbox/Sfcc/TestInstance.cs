using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc;

/// <summary>A sandbox account seen from an SFCC integration: its credentials, token requests, and the SFCC control API.</summary>
public sealed class TestInstance
{
    public const string Am = "/sandbox/sfcc/am";
    public const string Scapi = "/sandbox/sfcc/scapi";
    public const string Instance = "/sandbox/sfcc/instance";

    private TestInstance(HttpClient http, JsonElement account)
    {
        Http = http;
        var sfcc = account.GetProperty("sfcc");
        AccountId = account.GetProperty("id").GetString()!;
        OrganizationId = sfcc.GetProperty("organization_id").GetString()!;
        SiteId = sfcc.GetProperty("site_id").GetString()!;
        B2cClientId = sfcc.GetProperty("b2c_api_client_id").GetString()!;
        B2cSecret = sfcc.GetProperty("b2c_api_client_password").GetString()!;
        ShopClientId = sfcc.GetProperty("shop_api_client_id").GetString()!;
        ShopSecret = sfcc.GetProperty("shop_api_client_password").GetString()!;
        OcapiClientId = sfcc.GetProperty("ocapi_client_id").GetString()!;
        OcapiSecret = sfcc.GetProperty("ocapi_client_password").GetString()!;
        BmUser = sfcc.GetProperty("business_manager_user").GetString()!;
        BmPassword = sfcc.GetProperty("business_manager_password").GetString()!;
    }

    public HttpClient Http { get; }
    public string AccountId { get; }
    public string OrganizationId { get; }
    public string Tenant => OrganizationId["f_ecom_".Length..];
    public string SiteId { get; }
    public string B2cClientId { get; }
    public string B2cSecret { get; }
    public string ShopClientId { get; }
    public string ShopSecret { get; }
    public string OcapiClientId { get; }
    public string OcapiSecret { get; }
    public string BmUser { get; }
    public string BmPassword { get; }
    public string Control => $"/sandbox/_control/accounts/{AccountId}/sfcc";

    public static async Task<TestInstance> CreateAsync(PortalFactory factory)
    {
        var http = factory.CreateClient();
        var created = await http.PostAsync("/sandbox/_control/accounts", null);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return new TestInstance(http, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement);
    }

    public static AuthenticationHeaderValue Basic(string text) => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));

    public async Task<Reply> PostFormAsync(string url, Dictionary<string, string> form, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        return await Reply.ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Account Manager client_credentials as the setup guide's clients authenticate: client_secret_post (id and secret as form fields).</summary>
    public Task<Reply> AmTokenAsync(string clientId, string secret, string? scope, string path = "/dwsso/oauth2/access_token")
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return PostFormAsync(Am + path, form);
    }

    /// <summary>Account Manager client_credentials with HTTP Basic (client_secret_basic).</summary>
    public Task<Reply> AmBasicTokenAsync(string clientId, string secret, string? scope)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return PostFormAsync(Am + "/dwsso/oauth2/access_token", form, Basic($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}"));
    }

    /// <summary>
    /// Lets the B2C API client also be granted the read scopes (the guide allows only the .rw ones), for tests of the SCAPI
    /// endpoints that accept either.
    /// </summary>
    public async Task AllowReadScopesAsync()
    {
        string[] rw = ["sfcc.orders.rw", "sfcc.catalogs.rw", "sfcc.inventory.impex-inventory.rw", "sfcc.inventory.availability.rw",
            "sfcc.inventory.reservations.rw", "sfcc.customerlists.rw", "sfcc.products.rw"];
        var changed = await PutJsonAsync($"{Control}/api-clients/{B2cClientId}/scopes", new { scopes = rw.Concat(rw.Select(s => s[..^3])) });
        Assert.True(changed.Status == HttpStatusCode.OK, changed.ToString());
    }

    public Task<Reply> SlasTokenAsync(string clientId, string secret, string? channel)
    {
        var url = $"{Scapi}/shopper/auth/v1/organizations/{OrganizationId}/oauth2/token" + (channel is null ? "" : $"?channel_id={channel}");
        return PostFormAsync(url, new() { ["grant_type"] = "client_credentials" }, Basic($"{clientId}:{secret}"));
    }

    public Task<Reply> BmTokenAsync(string? user = null, string? password = null, string? secret = null, string? clientId = null) =>
        PostFormAsync($"{Instance}/dw/oauth2/access_token?client_id={clientId ?? OcapiClientId}",
            new() { ["grant_type"] = "urn:demandware:params:oauth:grant-type:client-id:dwsid:dwsecuretoken" },
            Basic($"{user ?? BmUser}:{password ?? BmPassword}:{secret ?? OcapiSecret}"));

    public async Task<Reply> PutJsonAsync(string path, object body) =>
        await Reply.ReadAsync(await Http.PutAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json")));

    public string Shop => $"{Instance}/s/{SiteId}/dw/shop/v23_2";
    public string Data => $"{Instance}/s/-/dw/data/v25_6";

    /// <summary>An OCAPI call with a bearer token (by default a fresh BM user grant token).</summary>
    public async Task<Reply> OcapiAsync(HttpMethod method, string url, object? body = null, string? token = null)
    {
        token ??= (await BmTokenAsync()).Text("access_token");
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        return await Reply.ReadAsync(await Http.SendAsync(request));
    }

    public static object Address => new { first_name = "Jane", last_name = "Doe", address1 = "1 Main St", city = "Austin", postal_code = "78701", state_code = "TX", country_code = "US" };

    /// <summary>A basket ready to become an order: address, shipment with method 001, one item, and payment covering the total.</summary>
    public async Task<Reply> ReadyBasketAsync(string token, string sku = "TEE-CLASSIC-BLK-M", int quantity = 1, string? customerNo = null)
    {
        var basket = await OcapiAsync(HttpMethod.Post, $"{Shop}/baskets", new Dictionary<string, object?>
        {
            ["customer_info"] = new { customer_no = customerNo ?? "00001001", email = "buyer@example.com" },
            ["billing_address"] = Address,
            ["shipments"] = new[] { new { shipment_id = "me", shipping_method = new { id = "001" }, shipping_address = Address } },
            ["product_items"] = new[] { new { product_id = sku, quantity } },
            ["c_tiktokOrderId"] = "5770001",
        }, token);
        Assert.True(basket.Status == HttpStatusCode.OK, basket.ToString());
        var total = basket.Body.GetProperty("order_total").GetDecimal();
        var paid = await OcapiAsync(HttpMethod.Post, $"{Shop}/baskets/{basket.Text("basket_id")}/payment_instruments", new { payment_method_id = "CREDIT_CARD", amount = total }, token);
        Assert.True(paid.Status == HttpStatusCode.OK, paid.ToString());
        return paid;
    }

    public static JsonElement JwtPayload(string token)
    {
        var part = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '='))).RootElement;
    }
}

public sealed record Reply(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Response)
{
    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public string Text(string name) => Body.GetProperty(name).GetString()!;

    public override string ToString() => $"{(int)Status} {Body}";
}
