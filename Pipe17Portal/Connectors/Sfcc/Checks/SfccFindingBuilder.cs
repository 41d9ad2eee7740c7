using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Collects what a check looked at, one line each, and what is wrong; builds the finding: the worst outcome, the first
/// problem of that outcome as the summary and fix, every line as evidence.
/// </summary>
public sealed class SfccFindingBuilder
{
    private readonly List<string> evidence = [];
    private (CheckOutcome Outcome, string Summary, CheckFix Fix)? worst;

    public SfccFindingBuilder Ok(string line)
    {
        evidence.Add(line);
        return this;
    }

    public SfccFindingBuilder Fail(string line, CheckFix fix) => Problem(CheckOutcome.Fail, line, fix);

    public SfccFindingBuilder Warn(string line, CheckFix fix) => Problem(CheckOutcome.Warn, line, fix);

    public bool Failed => worst?.Outcome == CheckOutcome.Fail;

    public CheckFinding Build(string passSummary) => worst is { } w
        ? new CheckFinding(w.Outcome, w.Summary, evidence, w.Fix)
        : CheckFinding.Pass(passSummary, evidence);

    private SfccFindingBuilder Problem(CheckOutcome outcome, string line, CheckFix fix)
    {
        evidence.Add(line);
        if (worst is null || SfccCheckConnections.Severity(outcome) > SfccCheckConnections.Severity(worst.Value.Outcome))
        {
            worst = (outcome, line, fix);
        }
        return this;
    }
}
