using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>One gate per connection so two jobs never refresh the same shop's token at once (a refresh may rotate the refresh token).</summary>
public sealed class TikTokRefreshLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    public SemaphoreSlim For(Guid connectionId) => gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
}
