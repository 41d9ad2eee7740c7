using Pipe17Portal.Data;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Features.Activity;

/// <summary>Adds audit entries to the same unit of work as the change they describe, so both are saved or neither.</summary>
public sealed class AuditTrail(TimeProvider clock)
{
    public void Record(PortalDbContext db, Member by, string action, Connection? connection = null, string? field = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            WorkspaceId = by.WorkspaceId,
            At = clock.GetUtcNow(),
            Actor = by.Actor,
            Action = action,
            ConnectionId = connection?.Id,
            ConnectionName = connection?.DisplayName,
            Field = field,
            Detail = detail,
        });
}
