using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Alerts;

/// <summary>A workspace's alert settings; a workspace without a row uses <see cref="AlertsOptions"/>' defaults (email off).</summary>
public sealed class AlertSettings : IWorkspaceOwned
{
    public Guid WorkspaceId { get; set; }
    public List<NotificationKind> MutedKinds { get; set; } = [];
    public bool EmailAdmins { get; set; }
    public int ExceptionsPerHourThreshold { get; set; }
    public int StuckOrderHours { get; set; }
    public int ExpiryWarningDays { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static AlertSettings Defaults(Guid workspaceId, AlertsOptions options) => new()
    {
        WorkspaceId = workspaceId,
        ExceptionsPerHourThreshold = options.ExceptionsPerHourThreshold,
        StuckOrderHours = options.StuckOrderHours,
        ExpiryWarningDays = options.ExpiryWarningDays,
    };

    public bool IsMuted(NotificationKind kind) => MutedKinds.Contains(kind);
}
