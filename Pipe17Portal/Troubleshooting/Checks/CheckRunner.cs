using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Runs a workspace's checks side by side, each in a DI scope of its own (its own database context, acting as a read-only
/// member of the workspace), each with a time limit; an exception or a timeout is a failed result with its message, never
/// an error to the caller. Stores each result as the check's latest and tells the listeners what changed.
/// </summary>
public sealed class CheckRunner(
    IServiceScopeFactory scopes,
    IOptions<TroubleshootingOptions> options,
    TimeProvider clock,
    ILogger<CheckRunner> log)
{
    /// <summary>The checks there are, in page order (area, then title).</summary>
    public IReadOnlyList<CheckInfo> Catalog()
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<ICheck>().Select(c => new CheckInfo(c.Key, c.Title, c.Area, c.HelpSlug))
            .OrderBy(c => c.Area).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    /// <summary>Runs the checks with the given keys (all when null) and stores their results.</summary>
    public async Task<IReadOnlyList<CheckResultInfo>> RunAsync(Guid workspaceId, IReadOnlyCollection<string>? keys, bool scheduled, CancellationToken ct)
    {
        var catalog = Catalog();
        var chosen = keys is null ? catalog : [.. catalog.Where(c => keys.Contains(c.Key))];
        var started = clock.GetUtcNow();

        List<Sync.Connection> connections;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = Enter(scope.ServiceProvider, workspaceId);
            connections = await db.Connections.AsNoTracking().ToListAsync(ct);
        }

        var results = new CheckResultInfo[chosen.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, chosen.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (i, token) => results[i] = await RunOneAsync(workspaceId, chosen[i], connections, started, token));

        await StoreAsync(workspaceId, results, scheduled, ct);
        return results;
    }

    private async Task<CheckResultInfo> RunOneAsync(Guid workspaceId, CheckInfo info, IReadOnlyList<Sync.Connection> connections, DateTimeOffset started, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        CheckFinding finding;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(options.Value.CheckTimeoutSeconds));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = Enter(scope.ServiceProvider, workspaceId);
            var check = scope.ServiceProvider.GetServices<ICheck>().Single(c => c.Key == info.Key);
            finding = await check.RunAsync(new CheckContext(workspaceId, db, connections, started), limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            finding = CheckFinding.Fail($"The check did not finish within {options.Value.CheckTimeoutSeconds} s.",
                new CheckFix("Run it again. If it keeps timing out, the system it calls is slow or unreachable: check the connection's addresses."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Check {Check} failed unexpectedly for workspace {WorkspaceId}", info.Key, workspaceId);
            var message = e is ApiProblemException problem ? problem.Detail : e.Message;
            finding = CheckFinding.Fail($"The check could not complete: {message}",
                new CheckFix("Run it again; if it fails the same way, send a support request with the diagnostic bundle."));
        }
        return new CheckResultInfo(info.Key, info.Title, info.Area, finding.Outcome, finding.Summary, finding.Evidence, finding.Fix,
            info.HelpSlug, clock.GetUtcNow(), (int)watch.ElapsedMilliseconds);
    }

    private async Task StoreAsync(Guid workspaceId, IReadOnlyList<CheckResultInfo> results, bool scheduled, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Enter(scope.ServiceProvider, workspaceId);
        var keys = results.Select(r => r.Key).ToList();
        var stored = await db.CheckResults.Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, ct);
        var transitions = new List<CheckTransition>();
        foreach (var result in results)
        {
            if (!stored.TryGetValue(result.Key, out var record))
            {
                record = new CheckResultRecord { WorkspaceId = workspaceId, Key = result.Key, Title = result.Title, Summary = result.Summary, HelpSlug = result.HelpSlug };
                db.CheckResults.Add(record);
                transitions.Add(new CheckTransition(result, null));
            }
            else
            {
                transitions.Add(new CheckTransition(result, record.Outcome));
            }
            record.Apply(result, scheduled);
        }
        await db.SaveChangesAsync(ct);
        foreach (var listener in scope.ServiceProvider.GetServices<ICheckResultsListener>())
        {
            await listener.OnResultsAsync(workspaceId, scheduled, transitions, ct);
        }
    }

    /// <summary>The scope acts for the workspace as a read-only member: checks look, they never change anything.</summary>
    private static PortalDbContext Enter(IServiceProvider services, Guid workspaceId)
    {
        services.GetRequiredService<CurrentMember>().ActAs(new Member(workspaceId, null, null, "Troubleshooting checks", WorkspaceRole.User));
        return services.GetRequiredService<PortalDbContext>();
    }
}
