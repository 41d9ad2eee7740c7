using System.Collections.Concurrent;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>
/// The tests' clock: a "now" the test sets (signatures, token expiry). Timers are real, but their due times are recorded,
/// so a test can assert a retry delay without waiting for it.
/// </summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
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
