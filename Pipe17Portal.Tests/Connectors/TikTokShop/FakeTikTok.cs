using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Pipe17Portal.Tests.Connectors.TikTokShop;

/// <summary>Canned HTTP: answers each request from a script and remembers what was sent, byte for byte.</summary>
public sealed class FakeTikTok : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> script = new();

    public ConcurrentQueue<SentRequest> Sent { get; } = new();

    public List<SentRequest> Requests => [.. Sent];

    public List<SentRequest> OpenApiRequests => [.. Sent.Where(r => !r.Uri.AbsolutePath.Contains("/api/v2/token/", StringComparison.Ordinal))];

    public FakeTikTok Then(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public FakeTikTok ThenThrow(Exception exception)
    {
        script.Enqueue(_ => throw exception);
        return this;
    }

    public FakeTikTok ThenOk(string body) => Then(HttpStatusCode.OK, body);

    public FakeTikTok ThenData(string dataJson) =>
        ThenOk($$"""{"code":0,"message":"Success","request_id":"20240101000000AAAA","data":{{dataJson}}}""");

    public FakeTikTok ThenTokens(string accessToken, long accessExpiresAt, string refreshToken = "refresh-2", long refreshExpiresAt = 1_900_000_000) =>
        ThenData($$"""{"access_token":"{{accessToken}}","access_token_expire_in":{{accessExpiresAt}},"refresh_token":"{{refreshToken}}","refresh_token_expire_in":{{refreshExpiresAt}},"open_id":"7010736057180325637","seller_name":"Acme","seller_base_region":"US","user_type":0,"granted_scopes":["seller.order.info"]}""");

    public FakeTikTok ThenError(HttpStatusCode status, int code, string message) =>
        Then(status, $$"""{"code":{{code}},"message":"{{message}}","request_id":"20240101000000BBBB"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Sent.Enqueue(new SentRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.TryGetValues("x-tts-access-token", out var tokens) ? tokens.Single() : null,
            request.Content?.Headers.ContentType?.ToString(),
            body));
        if (!script.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"No canned answer left for {request.Method} {request.RequestUri}");
        }

        var response = answer(request);
        response.RequestMessage = request;
        return response;
    }
}

public sealed record SentRequest(HttpMethod Method, Uri Uri, string? AccessToken, string? ContentType, byte[]? Body)
{
    public string BodyText => Body is null ? "" : Encoding.UTF8.GetString(Body);

    public Dictionary<string, string> Query => Uri.Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
}
