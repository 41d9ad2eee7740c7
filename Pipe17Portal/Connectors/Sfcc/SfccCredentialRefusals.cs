using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Data;

namespace Pipe17Portal.Connectors.Sfcc;

/// <summary>
/// Setup guide troubleshooting, "authentication errors after a previously working connection": when a flow's credentials
/// are refused, the connection turns from Connected to Error with the cause as its status message, and its flows are
/// unscheduled (they would only fail again). The first cause is kept: a connection already in Error or not connected is
/// left alone. Connect again (which runs every check) is what brings it back to Connected. A 401 to a fresh token counts
/// only when it repeats (<see cref="RefusalStreaks{TKey}"/>): the soak showed one stray 401 stopping every flow of a shop.
/// </summary>
public sealed class SfccCredentialRefusals(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SfccCredentialRefusals> log) : ISfccCredentialRefusals
{
    private readonly RefusalStreaks<(Guid, SfccTokenKind)> streaks = new();

    public async Task FreshTokenRefusedAsync(SfccContext context, SfccTokenKind kind, string cause, CancellationToken ct)
    {
        var streak = streaks.Refused((context.ConnectionId, kind));
        if (streak < RefusalStreaks<(Guid, SfccTokenKind)>.StopAfter)
        {
            log.LogWarning("Salesforce connection {ConnectionId}: {Cause} ({Streak} in a row; the connection stops at {Limit}).",
                context.ConnectionId, cause, streak, RefusalStreaks<(Guid, SfccTokenKind)>.StopAfter);
            return;
        }
        await RefusedAsync(context, $"{cause} ({streak} times in a row)", ct);
    }

    public void Accepted(SfccContext context, SfccTokenKind kind) => streaks.Accepted((context.ConnectionId, kind));

    public async Task RefusedAsync(SfccContext context, string cause, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
        var connection = await db.Connections.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == context.ConnectionId, ct);
        if (connection is not { Status: ConnectionStatus.Connected })
        {
            return;
        }
        connection.Status = ConnectionStatus.Error;
        connection.StatusMessage = $"{cause} Fix it in Salesforce or on this page, then click Connect again.";
        connection.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the connection meanwhile (Connect, a settings save): their state is newer than this failure.
            return;
        }
        log.LogWarning("Salesforce connection {ConnectionId} turned to Error: {Cause}", connection.Id, cause);
        await scope.ServiceProvider.GetRequiredService<SfccLink>().ApplyScheduleAsync(connection, ct);
    }
}
