namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Configuration section <c>Sfcc:OrderPush</c>.</summary>
public sealed class OrderPushOptions
{
    /// <summary>How often the push job runs on its own (it also runs as soon as orders change).</summary>
    public int IntervalSeconds { get; set; } = 60;
    /// <summary>Orders pushed at the same time per connection. SFCC lets an agent hold 4 open baskets per customer, and
    /// every TikTok order uses the one generic customer, so this stays below 4.</summary>
    public int Concurrency { get; set; } = 3;
    /// <summary>Attempts for temporary failures (timeouts, 429, 5xx) before the order gets a "Push failed" exception.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>First retry delay; it doubles per attempt up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 15;
    public double MaxRetryDelaySeconds { get; set; } = 600;
    /// <summary>A basket of the generic customer idle this long is left over from a lost answer and may be deleted.</summary>
    public int AbandonedBasketSeconds { get; set; } = 60;
    /// <summary>"Retry all" for one cause is refused when asked again within this many seconds.</summary>
    public int RetryAllCooldownSeconds { get; set; } = 10;

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelaySeconds, RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
