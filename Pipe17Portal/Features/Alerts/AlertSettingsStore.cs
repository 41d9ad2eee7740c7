using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Alerts;

/// <summary>A workspace's alert settings, or the configured defaults when it never saved any.</summary>
public sealed class AlertSettingsStore(IOptions<AlertsOptions> options)
{
    public async Task<AlertSettings> GetAsync(PortalDbContext db, Guid workspaceId, CancellationToken ct) =>
        await db.AlertSettings.SingleOrDefaultAsync(s => s.WorkspaceId == workspaceId, ct) ?? AlertSettings.Defaults(workspaceId, options.Value);
}
