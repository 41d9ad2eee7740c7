using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>
/// A sandbox account seen from a TikTok app: creates the account, authorizes through the consent page, and makes signed
/// open-api calls with the test's own signer. <see cref="CallOptions"/> breaks one thing at a time for gateway tests.
/// </summary>
public sealed class TestShop
{
    public const string OpenApi = "/sandbox/tiktok/open-api";
    private readonly HttpClient http;

    private TestShop(HttpClient http, JsonElement account)
    {
        this.http = http;
        var tiktok = account.GetProperty("tiktok");
        AccountId = account.GetProperty("id").GetString()!;
        AppKey = tiktok.GetProperty("app_key").GetString()!;
        AppSecret = tiktok.GetProperty("app_secret").GetString()!;
        ServiceId = tiktok.GetProperty("service_id").GetString()!;
        ShopId = tiktok.GetProperty("shop_id").GetString()!;
        ShopCipher = tiktok.GetProperty("shop_cipher").GetString()!;
        ShopName = tiktok.GetProperty("shop_name").GetString()!;
    }

    public string AccountId { get; }
    public string AppKey { get; }
    public string AppSecret { get; }
    public string ServiceId { get; }
    public string ShopId { get; }
    public string ShopCipher { get; }
    public string ShopName { get; }
    public string AccessToken { get; private set; } = "";
    public string RefreshToken { get; private set; } = "";
    public string Control => $"/sandbox/_control/accounts/{AccountId}/tiktok";
    public string WebhookAddress => $"https://hooks.example.test/tiktok/{AccountId}";
    public HttpClient Http => http;

    public static async Task<TestShop> CreateAsync(PortalFactory factory, bool authorize = true)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var created = await http.PostAsync("/sandbox/_control/accounts", null);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"Creating a sandbox account: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var shop = new TestShop(http, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement);
        if (authorize)
        {
            await shop.SetRedirectAsync("https://app.example.test/callback");
            await shop.AuthorizeAsync();
        }
        return shop;
    }

    public async Task SetRedirectAsync(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await http.PutAsync($"{Control}/redirect-url", Json(new { redirect_url = url }))).StatusCode);

    /// <summary>Clicks a button of the consent page and returns where it redirects to.</summary>
    public async Task<Uri> ConsentAsync(string decision, string state = "xyz-state")
    {
        var page = await http.GetAsync($"/sandbox/tiktok/services/open/authorize?service_id={ServiceId}&state={state}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var response = await http.PostAsync("/sandbox/tiktok/services/open/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_id"] = ServiceId,
            ["state"] = state,
            ["decision"] = decision,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    public async Task<string> NewCodeAsync() => QueryHelpers.ParseQuery((await ConsentAsync("authorize")).Query)["code"].ToString();

    public async Task<JsonElement> TokenAsync(string path, Dictionary<string, string> query)
    {
        var response = await http.GetAsync(QueryHelpers.AddQueryString($"/sandbox/tiktok/auth{path}", query!));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public async Task<JsonElement> AuthorizeAsync()
    {
        var code = await NewCodeAsync();
        var reply = await TokenAsync("/api/v2/token/get", new() { ["app_key"] = AppKey, ["app_secret"] = AppSecret, ["auth_code"] = code, ["grant_type"] = "authorized_code" });
        Assert.Equal(0, reply.GetProperty("code").GetInt32());
        UseTokens(reply.GetProperty("data"));
        return reply;
    }

    public void UseTokens(JsonElement data)
    {
        AccessToken = data.GetProperty("access_token").GetString()!;
        RefreshToken = data.GetProperty("refresh_token").GetString()!;
    }

    public async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, Dictionary<string, string>? query = null, string? body = null, CallOptions? options = null)
    {
        options ??= new CallOptions();
        var signed = new Dictionary<string, string>(query ?? []) { ["app_key"] = options.AppKey ?? AppKey, ["timestamp"] = (options.Timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString() };
        if ((options.OmitCipher ? null : options.Cipher ?? (path.StartsWith("/authorization/") ? null : ShopCipher)) is { } cipher)
        {
            signed["shop_cipher"] = cipher;
        }
        var sign = options.Sign ?? TestSigner.Sign(AppSecret, options.SignedPath ?? path, signed, body ?? "");
        var url = QueryHelpers.AddQueryString(OpenApi + path, signed!);
        if (!options.OmitSign)
        {
            url += "&sign=" + sign;
        }
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("x-tts-access-token", options.Token ?? AccessToken);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await http.SendAsync(request);
    }

    /// <summary>A call that must succeed: HTTP 200, code 0; returns the whole reply.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string path, Dictionary<string, string>? query = null, object? body = null)
    {
        var response = await CallAsync(method, path, query, body is null ? null : JsonSerializer.Serialize(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: HTTP {(int)response.StatusCode} {text}");
        var reply = JsonDocument.Parse(text).RootElement;
        Assert.True(reply.GetProperty("code").GetInt32() == 0, $"{method} {path}: {text}");
        return reply;
    }

    public async Task<(HttpStatusCode Status, JsonElement Reply)> SendAsync(HttpMethod method, string path, Dictionary<string, string>? query = null, string? body = null, CallOptions? options = null)
    {
        var response = await CallAsync(method, path, query, body, options);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    public async Task<List<string>> CreateOrdersAsync(object request)
    {
        var response = await http.PostAsync($"{Control}/orders", Json(request));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("order_ids").EnumerateArray().Select(e => e.GetString()!)];
    }

    public async Task<JsonElement> OrderAsync(string orderId)
    {
        var reply = await OkAsync(HttpMethod.Get, "/order/202309/orders", new() { ["ids"] = orderId });
        return reply.GetProperty("data").GetProperty("orders")[0];
    }

    public async Task SubscribeAsync(string eventType) =>
        await OkAsync(HttpMethod.Put, "/event/202309/webhooks", body: new { address = WebhookAddress, event_type = eventType });

    public static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}

public sealed record CallOptions
{
    public string? AppKey { get; init; }
    public long? Timestamp { get; init; }
    public string? Cipher { get; init; }
    public string? Sign { get; init; }
    public bool OmitSign { get; init; }
    public bool OmitCipher { get; init; }
    public string? SignedPath { get; init; }
    public string? Token { get; init; }
}
