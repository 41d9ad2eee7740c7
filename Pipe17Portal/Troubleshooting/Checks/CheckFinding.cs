using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>What a check found: outcome, one line, the evidence (each line one fact it looked at) and the fix.</summary>
public sealed record CheckFinding(CheckOutcome Outcome, string Summary, IReadOnlyList<string> Evidence, CheckFix? Fix)
{
    public static CheckFinding Pass(string summary, params IReadOnlyList<string> evidence) => new(CheckOutcome.Pass, summary, evidence, null);

    public static CheckFinding Warn(string summary, CheckFix fix, params IReadOnlyList<string> evidence) => new(CheckOutcome.Warn, summary, evidence, fix);

    public static CheckFinding Fail(string summary, CheckFix fix, params IReadOnlyList<string> evidence) => new(CheckOutcome.Fail, summary, evidence, fix);

    /// <summary>The check could not look because something it needs is missing or failed (say what, and how to get it).</summary>
    public static CheckFinding Skipped(string reason, CheckFix? fix = null) => new(CheckOutcome.Skipped, reason, [], fix);

    /// <summary>
    /// Evidence lists stay readable: the first <paramref name="max"/> items, then "… and N more". Use for SKUs, orders and
    /// anything else that can run into thousands.
    /// </summary>
    public static IReadOnlyList<string> Some(IEnumerable<string> items, int max = 10)
    {
        var list = items.ToList();
        return list.Count <= max ? list : [.. list.Take(max), $"… and {list.Count - max} more"];
    }
}
