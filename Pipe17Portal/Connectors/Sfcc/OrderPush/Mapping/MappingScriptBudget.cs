using System.Diagnostics;
using System.Globalization;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The script time one order may use in all. Each script is also held to <see cref="MappingScriptLimits.Timeout"/>, but an
/// order can carry dozens of scripted fields (addresses, custom attributes), so without a shared budget one order could
/// keep a request thread or the push busy for many seconds. Every script of the order (the draft and the per-field
/// checks) draws from one budget; once it is spent, the remaining scripts are not run and fail with a clear message.
/// Not thread-safe: an order is mapped on one thread.
/// </summary>
public sealed class MappingScriptBudget(TimeSpan total)
{
    private TimeSpan spent;

    public TimeSpan Total => total;

    public TimeSpan Remaining => spent >= total ? TimeSpan.Zero : total - spent;

    /// <summary>
    /// Less than this left counts as spent: a script given a few milliseconds could only time out, and the merchant learns
    /// more from "not run: the order's budget is used up" than from a timeout of a script that is fast on its own.
    /// </summary>
    public static readonly TimeSpan SmallestSlice = TimeSpan.FromMilliseconds(10);

    public static MappingScriptBudget ForOneOrder(MappingScriptLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new MappingScriptBudget(limits.OrderBudget);
    }

    /// <summary>Runs one script within what is left of the budget (and never longer than the per-script limit).</summary>
    public MappingScriptResult Run(string script, System.Text.Json.Nodes.JsonObject sourceDoc, MappingScriptLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var remaining = Remaining;
        if (remaining < SmallestSlice)
        {
            return MappingScriptResult.Failed(new MappingScriptFailure(MappingScriptFailureKind.Timeout,
                string.Create(CultureInfo.InvariantCulture,
                    $"This script was not run: the order's scripts together already used the {total.TotalMilliseconds:N0} ms one order may use. Make the other scripts of this mapping faster, or use constants and lookup tables where a script is not needed.")));
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            return MappingScript.Run(script, sourceDoc, remaining < limits.Timeout ? limits with { Timeout = remaining } : limits);
        }
        finally
        {
            spent += Stopwatch.GetElapsedTime(started);
        }
    }
}
