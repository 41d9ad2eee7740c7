using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>Every script of one order draws from one time budget, so many scripted fields cannot multiply the per-script limit.</summary>
public class MappingScriptBudgetTests
{
    private const string Backtracking = "/(a+)+$/.test('a'.repeat(40) + 'b')";

    [Fact]
    public void ScriptsOfOneOrderShareOneBudgetAndTheRestAreNotRun()
    {
        // Six custom attributes, each a regular expression that backtracks without end: one statement, so only the
        // time limit stops it, and alone each would run to the 250 ms per-script limit.
        var endless = Enumerable.Range(1, 6)
            .Select(i => new FieldMapping($"c_loop{i}", FieldMappingKind.Script, Script: Backtracking))
            .ToArray();

        var draft = SfccOrderMapper.Map(MappingTestOrders.Input(MappingTestOrders.Mapped(endless)));

        var messages = draft.Problems.Select(p => p.Message).ToList();
        Assert.Equal(6, messages.Count(m => m.StartsWith("The script for c_loop", StringComparison.Ordinal)));
        // The 500 ms budget covers two full-length runs and, on a busy machine, at most one more with what they left over;
        // the others are refused without running.
        Assert.True(messages.Count(m => m.Contains("was not run", StringComparison.Ordinal)) >= 3,
            "Expected the scripts after the order's budget was spent not to run; got: " + string.Join(" | ", messages));
    }

    [Fact]
    public void ABudgetThatIsSpentRefusesAtOnceAndSaysWhy()
    {
        var budget = new MappingScriptBudget(TimeSpan.FromMilliseconds(30));
        var doc = MappingTestOrders.SourceDoc();

        var first = budget.Run(Backtracking, doc, MappingScriptLimits.Default);
        var second = budget.Run("sourcedoc.orderNumber", doc, MappingScriptLimits.Default);

        Assert.Equal(MappingScriptFailureKind.Timeout, first.Failure?.Kind);
        Assert.True(budget.Remaining < MappingScriptBudget.SmallestSlice, $"{budget.Remaining} left"); // a timed-out script may stop a hair early
        Assert.Equal(MappingScriptFailureKind.Timeout, second.Failure?.Kind);
        Assert.Contains("30 ms one order may use", second.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFastOrderIsUntouchedByTheBudget()
    {
        var budget = new MappingScriptBudget(TimeSpan.FromMilliseconds(500));
        var result = budget.Run("sourcedoc.orderNumber", MappingTestOrders.SourceDoc(), MappingScriptLimits.Default);

        Assert.True(result.Succeeded);
        Assert.Equal(MappingTestOrders.TikTokOrderId, result.Value?.GetValue<string>());
        Assert.True(budget.Remaining > TimeSpan.Zero);
    }
}
