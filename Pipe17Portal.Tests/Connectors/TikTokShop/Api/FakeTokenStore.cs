using System.Collections.Concurrent;
using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public sealed class FakeTokenStore : ITikTokTokenStore
{
    private readonly ConcurrentDictionary<Guid, TikTokTokens> tokens = new();

    public ConcurrentQueue<TikTokTokens> Saved { get; } = new();

    public ConcurrentQueue<(Guid ConnectionId, string Reason)> Reauthorizations { get; } = new();

    public void Put(Guid connectionId, TikTokTokens value) => tokens[connectionId] = value;

    public Task<TikTokTokens?> GetAsync(Guid connectionId, CancellationToken ct) =>
        Task.FromResult(tokens.TryGetValue(connectionId, out var value) ? value : null);

    public Task SaveAsync(Guid connectionId, TikTokTokens value, CancellationToken ct)
    {
        tokens[connectionId] = value;
        Saved.Enqueue(value);
        return Task.CompletedTask;
    }

    public Task MarkNeedsReauthorizationAsync(Guid connectionId, string reason, CancellationToken ct)
    {
        Reauthorizations.Enqueue((connectionId, reason));
        return Task.CompletedTask;
    }
}
