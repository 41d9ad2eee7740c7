using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// The workspace's sandbox account for *Use sandbox*: the one it has, or a new one when it has none or the sandbox no longer
/// has it (its database was reset). The sandbox makes at most <c>Sandbox:Limits:AccountsPerHour</c> accounts an hour for all
/// merchants together, so a workspace gets its share only: one account however often it clicks (one turn at a time, see
/// <see cref="SandboxAccountTurns"/>), and at most <c>Sandbox:Limits:AccountsPerWorkspacePerHour</c> new ones an hour.
/// </summary>
public sealed class SandboxAccounts(
    IDbContextFactory<PortalDbContext> dbFactory,
    SandboxControlClient sandbox,
    SandboxBaseAddress sandboxAddress,
    SandboxAccountTurns turns,
    AuditTrail audit,
    IOptions<SandboxOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// The audit entry of each new account. The audit log is also the count the per-workspace limit reads: the workspace's
    /// own record of who made which account when, kept in the database, so the count survives a restart.
    /// </summary>
    public const string CreatedAction = "Sandbox account created";

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task<SandboxAccountDto> ForWorkspaceAsync(Member me, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            throw ApiProblemException.Conflict("The sandbox is not available on this portal (Sandbox:Enabled is off). Ask your operator to enable it.");
        }
        using var turn = await turns.WaitAsync(me.WorkspaceId, ct);
        return await SandboxWorkspace.CallAsync(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var workspace = await db.Workspaces.SingleAsync(w => w.Id == me.WorkspaceId, ct);
            var api = sandbox.Api;
            if (workspace.SandboxAccountId is { } existing && await FindAsync(api, existing, ct) is { } account)
            {
                return account;
            }
            await RequireShareLeftAsync(db, me.WorkspaceId, workspace.SandboxAccountId is not null, ct);
            var created = await CreateAsync(api, ct);
            audit.Record(db, me, CreatedAction, field: "Sandbox account", detail: workspace.SandboxAccountId is { } gone
                ? $"{created.Id}, replacing {gone}, which the sandbox no longer has"
                : $"{created.Id}");
            workspace.SandboxAccountId = created.Id;
            await db.SaveChangesAsync(ct);
            return created;
        });
    }

    /// <summary>The account, or null when the sandbox answers that it has no such account.</summary>
    private static async Task<SandboxAccountDto?> FindAsync(ISandboxControlApi api, Guid id, CancellationToken ct)
    {
        try
        {
            return await api.GetAccountAsync(id, ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task RequireShareLeftAsync(PortalDbContext db, Guid workspaceId, bool lostOne, CancellationToken ct)
    {
        var limit = options.Value.Limits.AccountsPerWorkspacePerHour;
        var now = clock.GetUtcNow();
        var since = now - Window;
        var made = await db.AuditEntries.AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.Action == CreatedAction && a.At > since)
            .OrderBy(a => a.At).Select(a => a.At).ToListAsync(ct);
        if (made.Count < limit)
        {
            return;
        }
        // Room comes back when the account that brings the count under the limit is an hour old.
        var freedAt = made[made.Count - limit] + Window;
        var why = lostOne ? "The sandbox no longer has this workspace's sandbox account (it may have been reset), and this" : "This";
        throw ApiProblemException.TooManyRequests(
            $"{why} workspace has made {made.Count} new sandbox accounts in the last hour, the most one workspace may " +
            $"(Sandbox:Limits:AccountsPerWorkspacePerHour), so that every merchant can get a sandbox. {TryAgain(freedAt, now)}",
            freedAt - now);
    }

    private async Task<SandboxAccountDto> CreateAsync(ISandboxControlApi api, CancellationToken ct)
    {
        try
        {
            return await api.CreateAccountAsync(ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw ApiProblemException.Conflict($"The sandbox does not answer at {sandboxAddress.BaseUrl}: it is switched off there (Sandbox:Enabled), or Sandbox:BaseUrl names another server. Ask your operator.");
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var now = clock.GetUtcNow();
            var wait = e.Headers.RetryAfter?.Delta ?? Window;
            throw ApiProblemException.TooManyRequests(
                "The sandbox has made as many new accounts in the last hour as it makes for all merchants together (Sandbox:Limits:AccountsPerHour). " +
                TryAgain(now + wait, now), wait);
        }
    }

    private static string TryAgain(DateTimeOffset at, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"Try again after {at.UtcDateTime:HH:mm} UTC (in {Math.Max(1, (int)Math.Ceiling((at - now).TotalMinutes))} minutes).");
}
