using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// The Troubleshooting page's and API's view of the checks. Any member may run them (they only look); a one-click fix
/// changes settings, so it needs the Developer role and is audited.
/// </summary>
public sealed class TroubleshootingService(
    CheckRunner runner,
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<ICheckActionHandler> actions,
    CurrentMember current) : ITroubleshootingApi
{
    public async Task<IReadOnlyList<CheckInfo>> ListAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        return runner.Catalog();
    }

    public async Task<IReadOnlyList<CheckResultInfo>> LatestAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = runner.Catalog().Select(c => c.Key).ToHashSet();
        var stored = await db.CheckResults.AsNoTracking().ToListAsync(ct);
        return [.. stored.Where(r => known.Contains(r.Key)).Select(r => r.ToInfo()).WorstFirst()];
    }

    public async Task<CheckSummaryInfo> SummaryAsync(CancellationToken ct = default)
    {
        var latest = await LatestAsync(ct);
        return new CheckSummaryInfo(
            latest.Count(r => r.Outcome == CheckOutcome.Pass),
            latest.Count(r => r.Outcome == CheckOutcome.Warn),
            latest.Count(r => r.Outcome == CheckOutcome.Fail),
            latest.Count(r => r.Outcome == CheckOutcome.Skipped),
            latest.Count == 0 ? null : latest.Max(r => r.CheckedAt),
            [.. latest.Where(r => r.Outcome is CheckOutcome.Fail or CheckOutcome.Warn)]);
    }

    public async Task<IReadOnlyList<CheckResultInfo>> RunAllAsync(CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var results = await runner.RunAsync(member.WorkspaceId, null, scheduled: false, ct);
        return [.. results.WorstFirst()];
    }

    public async Task<CheckResultInfo> RunAsync(string key, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        if (runner.Catalog().All(c => c.Key != key))
        {
            throw ApiProblemException.NotFound($"Check '{key}'");
        }
        return (await runner.RunAsync(member.WorkspaceId, [key], scheduled: false, ct)).Single();
    }

    public async Task<CheckActionResult> ApplyAsync(CheckAction action, CancellationToken ct = default)
    {
        await current.RequireAsync(WorkspaceRole.Developer, "Applying a fix");
        if (action is null || string.IsNullOrWhiteSpace(action.Kind))
        {
            throw ApiProblemException.Invalid("kind", "Name the fix to apply (kind), as a check's result offers it.");
        }
        var handler = actions.SingleOrDefault(a => a.Kind == action.Kind)
            ?? throw ApiProblemException.Invalid("kind", $"There is no fix '{action.Kind}'. Use the action a check's result offers.");
        return new CheckActionResult(await handler.ApplyAsync(action, ct));
    }

}
