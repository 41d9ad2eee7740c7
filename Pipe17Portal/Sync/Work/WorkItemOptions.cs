using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Sync.Work;

/// <summary>Configuration section <c>Sync:WorkItems</c>: how every flow's writes are claimed, retried and kept.</summary>
public sealed class WorkItemOptions
{
    /// <summary>How long a claim holds; a worker that crashed loses its items to the next one after this.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Attempts for temporary failures (timeouts, 429, 5xx) before the item stops with a "Push failed" exception.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; it doubles per attempt up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    [Range(0, 3600)]
    public double RetryBaseSeconds { get; set; } = 15;

    [Range(0, 86400)]
    public double MaxRetryDelaySeconds { get; set; } = 600;

    /// <summary>Items claimed at once by one drain of a connection.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a Retry or Test one order waits for another worker that holds the item, before answering "busy".</summary>
    [Range(0, 600)]
    public int BusyWaitSeconds { get; set; } = 30;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelaySeconds, RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
