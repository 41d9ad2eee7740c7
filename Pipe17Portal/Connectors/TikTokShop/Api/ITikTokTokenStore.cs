namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>Per-connection token storage, implemented by the portal (encrypted). The client only calls it.</summary>
public interface ITikTokTokenStore
{
    Task<TikTokTokens?> GetAsync(Guid connectionId, CancellationToken ct);

    Task SaveAsync(Guid connectionId, TikTokTokens tokens, CancellationToken ct);

    /// <summary>Refreshing failed for good: <paramref name="reason"/> tells the merchant what to do.</summary>
    Task MarkNeedsReauthorizationAsync(Guid connectionId, string reason, CancellationToken ct);
}
