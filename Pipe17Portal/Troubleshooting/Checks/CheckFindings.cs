using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>Helpers shared by checks that look at several connections or count things.</summary>
public static class CheckFindings
{
    /// <summary>
    /// One finding from one finding per connection: the worst outcome decides (fail, warn, skipped, pass); each summary is
    /// kept, prefixed by its connection's name when there are several, and the fix is the worst one's.
    /// </summary>
    public static CheckFinding Worst(IReadOnlyList<(string Name, CheckFinding Finding)> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0].Finding;
        }
        var worst = parts.OrderByDescending(p => Severity(p.Finding.Outcome)).First().Finding;
        var summary = string.Join(" ", parts.Select(p => $"{p.Name}: {p.Finding.Summary}"));
        var evidence = parts.SelectMany(p => p.Finding.Evidence.Select(e => $"{p.Name}: {e}")).ToList();
        return new CheckFinding(worst.Outcome, summary, evidence, worst.Fix);
    }

    /// <summary>Runs <paramref name="one"/> for each connection in turn (they share the check's database context) and keeps the worst.</summary>
    public static async Task<CheckFinding> EachAsync(IReadOnlyList<Sync.Connection> connections, Func<Sync.Connection, Task<CheckFinding>> one)
    {
        var parts = new List<(string, CheckFinding)>();
        foreach (var connection in connections)
        {
            parts.Add((connection.DisplayName, await one(connection)));
        }
        return Worst(parts);
    }

    public static int Severity(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Fail => 3,
        CheckOutcome.Warn => 2,
        CheckOutcome.Skipped => 1,
        _ => 0,
    };

    /// <summary>"1 order" / "3 orders".</summary>
    public static string Count(int n, string noun, string? plural = null) => $"{n} {(n == 1 ? noun : plural ?? noun + "s")}";

    /// <summary>The Integrations page, where a missing connection is added.</summary>
    public static CheckFix AddConnection(string what) => new($"Add and connect {what} under Integrations.", "integrations");
}
