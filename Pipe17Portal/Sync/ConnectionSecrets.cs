using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Sync;

/// <summary>
/// Reads and writes a connection's encrypted credentials by name. Callers resolve the connection first (through the
/// workspace filter, or as a job acting for it), so secrets are looked up by connection id alone.
/// </summary>
public sealed class ConnectionSecrets(SecretProtector protector, TimeProvider clock)
{
    /// <summary>Stages the secret in <paramref name="db"/>; the caller saves it together with the change that needs it.</summary>
    public async Task SetAsync(PortalDbContext db, Connection connection, string name, string value, CancellationToken ct = default)
    {
        var secret = await db.ConnectionSecrets.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.ConnectionId == connection.Id && s.Name == name, ct);
        if (secret is null)
        {
            secret = new ConnectionSecret { WorkspaceId = connection.WorkspaceId, ConnectionId = connection.Id, Name = name, ProtectedValue = "" };
            db.ConnectionSecrets.Add(secret);
        }
        secret.ProtectedValue = protector.Protect(value);
        secret.UpdatedAt = clock.GetUtcNow();
    }

    public async Task<string?> GetAsync(PortalDbContext db, Guid connectionId, string name, CancellationToken ct = default)
    {
        var stored = await db.ConnectionSecrets.IgnoreQueryFilters().Where(s => s.ConnectionId == connectionId && s.Name == name)
            .Select(s => s.ProtectedValue).SingleOrDefaultAsync(ct);
        return stored is null ? null : protector.Unprotect(stored);
    }

    public async Task DeleteAsync(PortalDbContext db, Guid connectionId, string name, CancellationToken ct = default)
    {
        var secret = await db.ConnectionSecrets.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.ConnectionId == connectionId && s.Name == name, ct);
        if (secret is not null)
        {
            db.ConnectionSecrets.Remove(secret);
        }
    }
}
