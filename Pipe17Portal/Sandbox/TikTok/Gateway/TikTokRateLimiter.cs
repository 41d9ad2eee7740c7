using System.Collections.Concurrent;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>Calls per second per app + shop + API, in fixed one-second windows.</summary>
public sealed class TikTokRateLimiter
{
    private readonly ConcurrentDictionary<string, Window> windows = new();

    public bool TryAcquire(string key, int limitPerSecond, DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        var window = windows.GetOrAdd(key, _ => new Window());
        lock (window)
        {
            if (window.Second != second)
            {
                window.Second = second;
                window.Count = 0;
            }
            if (window.Count >= limitPerSecond)
            {
                return false;
            }
            window.Count++;
            return true;
        }
    }

    private sealed class Window
    {
        public long Second { get; set; }
        public int Count { get; set; }
    }
}
