using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Alerts;

/// <summary>What a detector looks at: the workspace's database (scoped to it), its connections, its alert settings and the scan time.</summary>
public sealed record AlertScanContext(Guid WorkspaceId, PortalDbContext Db, IReadOnlyList<Connection> Connections, AlertSettings Settings, DateTimeOffset Now);

/// <summary>
/// Looks at a workspace's state and returns the conditions that hold now, for the kinds it owns; the scanner raises them
/// and resolves that kind's notifications whose condition no longer holds. Detectors only read.
/// </summary>
public interface IAlertDetector
{
    IReadOnlyCollection<Client.Api.Contracts.NotificationKind> Kinds { get; }

    Task<IReadOnlyList<AlertSignal>> DetectAsync(AlertScanContext context, CancellationToken ct);
}
