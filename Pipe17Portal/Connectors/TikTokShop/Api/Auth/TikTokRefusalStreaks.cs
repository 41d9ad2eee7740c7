using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>
/// Per connection, how many times in a row TikTok refused (105002) an access token it had just issued by a refresh. One
/// refusal can be a glitch on TikTok's side; only a streak with no accepted call in between means the authorization is gone.
/// </summary>
public sealed class TikTokRefusalStreaks
{
    /// <summary>Refusals of fresh tokens in a row that make the connection need re-authorization.</summary>
    public const int ReauthorizeAfter = 3;

    private readonly ConcurrentDictionary<Guid, int> streaks = new();

    /// <summary>Counts one more refusal; returns the streak's length.</summary>
    public int Refused(Guid connectionId) => streaks.AddOrUpdate(connectionId, 1, (_, n) => n + 1);

    public void Accepted(Guid connectionId) => streaks.TryRemove(connectionId, out _);
}
