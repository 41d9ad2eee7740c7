using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Connections;

public sealed class ConnectionsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    ConnectionJobs jobs,
    TimeProvider clock) : IConnectionsApi
{
    public Task<IReadOnlyList<ConnectorInfo>> GetCatalogAsync(CancellationToken ct = default) =>
        Task.FromResult(ConnectorCatalog.All);

    public async Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connections = await db.Connections.AsNoTracking().ToListAsync(ct);
        return [.. connections.OrderBy(c => c.Kind).ThenBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase).Select(ToInfo)];
    }

    public async Task<ConnectionSummary> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return ToInfo(await FindAsync(db, id, ct));
    }

    public async Task<ConnectionSummary> CreateAsync(CreateConnectionRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Adding a connection");
        var check = new InputCheck();
        if (!ConnectorCatalog.Exists(request.Kind))
        {
            check.Add("kind", $"Unknown connector. Choose one of: {string.Join(", ", ConnectorCatalog.All.Select(c => c.Kind))}.");
        }
        var name = check.Name(request.DisplayName, "displayName", "Connection name");
        check.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureNameFreeAsync(db, name, exceptId: null, ct);

        var now = clock.GetUtcNow();
        var connection = new Connection
        {
            WorkspaceId = me.WorkspaceId,
            Kind = request.Kind,
            DisplayName = name,
            Status = ConnectionStatus.NotConnected,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Connections.Add(connection);
        audit.Record(db, me, "Connection added", connection, detail: ConnectorCatalog.Get(request.Kind).Name);
        await db.SaveChangesAsync(ct);
        return ToInfo(connection);
    }

    public async Task<ConnectionSummary> UpdateAsync(Guid id, UpdateConnectionRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing a connection");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var check = new InputCheck();
        var name = check.Name(request.DisplayName, "displayName", "Connection name");
        check.ThrowIfInvalid();
        if (name != connection.DisplayName)
        {
            await EnsureNameFreeAsync(db, name, connection.Id, ct);
            audit.Record(db, me, "Connection renamed", connection, "Display name", $"'{connection.DisplayName}' → '{name}'");
            connection.DisplayName = name;
            connection.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return ToInfo(connection);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Removing a connection");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var dependents = await ConnectionDependents.FindAsync(db, connection.Id, ct);
        if (dependents.Count > 0)
        {
            var instead = connection.Kind == ConnectorKind.TikTokShop
                ? "Click Disconnect on its page instead: its flows stop and the history stays."
                : "Switch its flows off on the Flows page instead: nothing runs any more and the history stays.";
            throw ApiProblemException.Conflict(
                $"'{connection.DisplayName}' cannot be removed: it holds {string.Join(", ", dependents)}, which would be lost or left without their link. {instead}");
        }
        db.Connections.Remove(connection);
        audit.Record(db, me, "Connection removed", connection, detail: ConnectorCatalog.Get(connection.Kind).Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // Only once the removal is committed: a refused or failed removal keeps its flows running. A run that starts in
        // between finds no connection and does nothing.
        await jobs.UnscheduleAllAsync(connection.Id, CancellationToken.None);
    }

    private static async Task<Connection> FindAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw ApiProblemException.NotFound("The connection");

    private static async Task EnsureNameFreeAsync(PortalDbContext db, string name, Guid? exceptId, CancellationToken ct)
    {
        var names = await db.Connections.Where(c => c.Id != exceptId).Select(c => c.DisplayName).ToListAsync(ct);
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiProblemException.Invalid("displayName", $"A connection named '{name}' already exists in this workspace. Choose another name, e.g. add the region or brand.");
        }
    }

    private static ConnectionSummary ToInfo(Connection c) =>
        new(c.Id, c.Kind, c.DisplayName, c.Status, c.StatusMessage, c.CreatedAt, c.UpdatedAt);
}
