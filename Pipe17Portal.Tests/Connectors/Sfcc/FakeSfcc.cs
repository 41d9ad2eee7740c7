using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Pipe17Portal.Tests.Connectors.Sfcc;

/// <summary>Canned HTTP for the SFCC client: answers each request from a script, in order, and remembers what was sent.</summary>
public sealed class FakeSfcc : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> script = new();

    public ConcurrentQueue<SfccSentRequest> Sent { get; } = new();

    public List<SfccSentRequest> Requests => [.. Sent];

    public List<SfccSentRequest> TokenRequests => [.. Sent.Where(r => r.IsTokenRequest)];

    public List<SfccSentRequest> ApiRequests => [.. Sent.Where(r => !r.IsTokenRequest)];

    public FakeSfcc Then(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
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

    public FakeSfcc ThenThrow(Exception exception)
    {
        script.Enqueue(_ => throw exception);
        return this;
    }

    public FakeSfcc ThenOk(string body) => Then(HttpStatusCode.OK, body);

    /// <summary>A token answer as Account Manager, SLAS and the BM grant give it.</summary>
    public FakeSfcc ThenToken(string accessToken, int expiresIn = 1799) =>
        ThenOk($$"""{"access_token":"{{accessToken}}","token_type":"Bearer","expires_in":{{expiresIn}}}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Enqueue(new SfccSentRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body ?? ""));
        if (!script.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"No canned answer left for {request.Method} {request.RequestUri}");
        }

        var response = answer(request);
        response.RequestMessage = request;
        return response;
    }
}

public sealed record SfccSentRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public bool IsTokenRequest => Uri.AbsolutePath.Contains("oauth2/", StringComparison.Ordinal);

    public Dictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString((p.Length > 1 ? p[1] : "").Replace('+', ' ')));

    public Dictionary<string, string> Query => Uri.Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
}
