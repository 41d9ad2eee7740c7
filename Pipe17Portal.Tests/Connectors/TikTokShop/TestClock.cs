using System.Collections.Concurrent;

namespace Pipe17Portal.Tests.Connectors.TikTokShop;

/// <summary>A fixed "now" for signatures and token expiry; timers are real but their due times are recorded (retry delays).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public ConcurrentQueue<TimeSpan> TimerDueTimes { get; } = new();

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TimerDueTimes.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime, period);
    }
}
