using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Alerts.Detectors;

/// <summary>A connection in Error or Needs re-authorization, with the cause the flow recorded; Connect again clears it.</summary>
public sealed class ConnectionProblemDetector : IAlertDetector
{
    public IReadOnlyCollection<NotificationKind> Kinds { get; } = [NotificationKind.ConnectionProblem];

    public Task<IReadOnlyList<AlertSignal>> DetectAsync(AlertScanContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertSignal>>([.. context.Connections
            .Where(c => c.Status is ConnectionStatus.Error or ConnectionStatus.NeedsReauthorization)
            .Select(c => new AlertSignal(
                NotificationKind.ConnectionProblem,
                c.Id.ToString(),
                NotificationSeverity.Error,
                c.Status == ConnectionStatus.Error ? $"{c.DisplayName} is in error" : $"{c.DisplayName} needs re-authorization",
                string.IsNullOrWhiteSpace(c.StatusMessage)
                    ? "Its flows are stopped until it is connected again. Open the connection and Connect."
                    : $"{c.StatusMessage} Its flows are stopped until it is connected again.",
                $"integrations/{c.Id}"))]);
}
