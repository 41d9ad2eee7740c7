using System.Collections.Concurrent;

namespace Pipe17Portal.Connectors;

/// <summary>
/// How many times in a row a system refused a token it had just issued, per key (a connection, or a connection and a token
/// kind). One refusal can be a glitch on the other side; only a streak with no accepted call in between means the
/// credentials are really gone, and only then is a connection stopped.
/// </summary>
public class RefusalStreaks<TKey> where TKey : notnull
{
    /// <summary>Refusals of fresh tokens in a row that stop the connection.</summary>
    public const int StopAfter = 3;

    private readonly ConcurrentDictionary<TKey, int> streaks = new();

    /// <summary>Counts one more refusal; returns the streak's length.</summary>
    public int Refused(TKey key) => streaks.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Accepted(TKey key) => streaks.TryRemove(key, out _);
}
