using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// What a check runs against: the workspace, a database context of its own (scoped to the workspace), the workspace's
/// connections as stored when the run started, and the time the run started.
/// </summary>
public sealed class CheckContext(Guid workspaceId, PortalDbContext db, IReadOnlyList<Connection> connections, DateTimeOffset now)
{
    public Guid WorkspaceId { get; } = workspaceId;
    public PortalDbContext Db { get; } = db;
    public IReadOnlyList<Connection> Connections { get; } = connections;
    public DateTimeOffset Now { get; } = now;

    public IReadOnlyList<Connection> Of(ConnectorKind kind) => [.. Connections.Where(c => c.Kind == kind).OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Links into the portal, relative to its base (the pages resolve them).</summary>
    public static string ConnectionPage(Guid connectionId, string? section = null) =>
        section is null ? $"integrations/{connectionId}" : $"integrations/{connectionId}#{section}";
}
