using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>
/// The tests' stand-in for the network: answers each request from a script and records what was sent, byte for byte.
/// An answer comes from the plan of the request's address (<see cref="Route"/>), else from the shared queue
/// (<see cref="Then(HttpStatusCode, string, (string Name, string Value)[])"/>, in order), else from <see cref="Otherwise"/>;
/// with nothing left the request fails with "No canned answer left".
/// </summary>
public sealed class ScriptedHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> script = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpStatusCode>> routes = new();
    private readonly ConcurrentQueue<RecordedRequest> sent = new();
    private Func<HttpRequestMessage, HttpResponseMessage>? otherwise;

    /// <summary>Every request so far, in the order they arrived.</summary>
    public List<RecordedRequest> Requests => [.. sent];

    /// <summary>The requests to one absolute address.</summary>
    public IReadOnlyList<RecordedRequest> To(string address) => [.. sent.Where(r => r.Address == address)];

    public ScriptedHttpHandler Then(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
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

    public ScriptedHttpHandler ThenOk(string body) => Then(HttpStatusCode.OK, body);

    /// <summary>The next answer built by the test itself (odd content types, raw bytes, a body that trickles in).</summary>
    public ScriptedHttpHandler ThenRespond(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        script.Enqueue(answer);
        return this;
    }

    public ScriptedHttpHandler ThenThrow(Exception exception)
    {
        script.Enqueue(_ => throw exception);
        return this;
    }

    /// <summary>The next requests to this absolute address get these statuses (no body), in order; replaces its earlier plan.</summary>
    public ScriptedHttpHandler Route(string address, params HttpStatusCode[] statuses)
    {
        routes[address] = new ConcurrentQueue<HttpStatusCode>(statuses);
        return this;
    }

    /// <summary>The status (no body) of a request nothing else answers, instead of failing it.</summary>
    public ScriptedHttpHandler Otherwise(HttpStatusCode status) => Otherwise(_ => new HttpResponseMessage(status));

    /// <summary>The answer, built by the test, of every request nothing else answers (replaces the earlier one).</summary>
    public ScriptedHttpHandler Otherwise(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        otherwise = answer;
        return this;
    }

    /// <summary>Waits until the requests to the address satisfy <paramref name="done"/>, for requests sent in the background.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitAsync(string address, Func<IReadOnlyList<RecordedRequest>, bool> done, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!done(To(address)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Requests to {address} did not arrive in time; got {To(address).Count}: {string.Join(" | ", To(address).Select(w => w.Body))}");
            await Task.Delay(20);
        }
        return To(address);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var at = DateTimeOffset.UtcNow;
        HttpResponseMessage? response = null;
        try
        {
            response = Answer(request);
            response.RequestMessage = request;
            return response;
        }
        finally
        {
            sent.Enqueue(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
                request.Content?.Headers.ContentType?.ToString(),
                request.Content?.Headers.ContentType?.MediaType,
                body,
                at,
                response?.StatusCode));
        }
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        if (routes.TryGetValue(request.RequestUri!.ToString(), out var plan) && plan.TryDequeue(out var planned))
        {
            return new HttpResponseMessage(planned);
        }
        if (script.TryDequeue(out var answer))
        {
            return answer(request);
        }
        return otherwise is { } fallback
            ? fallback(request)
            : throw new InvalidOperationException($"No canned answer left for {request.Method} {request.RequestUri}");
    }
}

/// <summary>A request as <see cref="ScriptedHttpHandler"/> received it, and the status it was answered with (null: it failed).</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? MediaType,
    byte[]? Bytes,
    DateTimeOffset At,
    HttpStatusCode? Answered)
{
    public string Address => Uri.ToString();

    /// <summary>The body as UTF-8 text; empty when there was none.</summary>
    public string Body => Bytes is null ? "" : Encoding.UTF8.GetString(Bytes);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Authorization => Header("Authorization");

    /// <summary>A request header's value (values joined by ", "), or null when it was not sent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public Dictionary<string, string> Query => Uri.Query.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));

    /// <summary>An application/x-www-form-urlencoded body's fields.</summary>
    public Dictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString((p.Length > 1 ? p[1] : "").Replace('+', ' ')));
}
