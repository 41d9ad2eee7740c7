using System.Text.Json;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>A call that passed the gateway: whose shop it is, its path parameters, query and raw body.</summary>
public sealed record TikTokCall(HttpContext Http, SandboxAccount Account, TikTokShopSettings Shop, IReadOnlyDictionary<string, string> RouteValues, byte[] Body, DateTimeOffset Now)
{
    public SandboxDbContext Db => Http.RequestServices.GetRequiredService<SandboxDbContext>();

    public TikTokEventPublisher Events => Http.RequestServices.GetRequiredService<TikTokEventPublisher>();

    public CancellationToken Aborted => Http.RequestAborted;

    public long UnixNow => TikTokJson.Unix(Now);

    public string Route(string name) => RouteValues[name];

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    /// <summary>The JSON body as T; an empty body is an empty request. Malformed JSON is a parameter error naming the problem.</summary>
    public T ReadBody<T>() where T : new()
    {
        if (Body.Length == 0)
        {
            return new T();
        }
        try
        {
            return JsonSerializer.Deserialize<T>(Body, TikTokJson.Options) ?? new T();
        }
        catch (JsonException e)
        {
            throw new TikTokParamsException($"the request body is not the expected JSON ({e.Path}: {e.Message.Split('.')[0]}).");
        }
    }

    public int PageSize(int max, bool required = true)
    {
        var raw = Query("page_size");
        if (raw is null && !required)
        {
            return Math.Min(20, max);
        }
        if (raw is null || !int.TryParse(raw, out var size) || size < 1 || size > max)
        {
            throw new TikTokParamsException($"page_size is required and must be an integer from 1 to {max}.");
        }
        return size;
    }
}

/// <summary>Thrown by a handler for a wrong parameter; the gateway answers 36009004 "Invalid params: …".</summary>
public sealed class TikTokParamsException(string detail) : Exception(detail);
