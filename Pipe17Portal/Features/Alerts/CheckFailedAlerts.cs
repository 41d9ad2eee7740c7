using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Features.Alerts;

/// <summary>
/// A scheduled check that turns to fail (it was not failing before) raises a notification linking to the check's fix;
/// a check that no longer fails, in any run, resolves it. A merchant's own click on Run is not news to them, so it raises nothing.
/// </summary>
public sealed class CheckFailedAlerts(PortalDbContext db, NotificationBook book, AlertSettingsStore settingsStore, AlertMailer mailer) : ICheckResultsListener
{
    public async Task OnResultsAsync(Guid workspaceId, bool scheduled, IReadOnlyList<CheckTransition> transitions, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(db, workspaceId, ct);
        var raised = new List<Notification>();
        foreach (var (result, previous) in transitions)
        {
            var foldKey = AlertSignal.FoldKeyOf(NotificationKind.CheckFailed, result.Key);
            if (result.Outcome != CheckOutcome.Fail)
            {
                await book.ResolveAsync(db, foldKey, ct);
            }
            else if (scheduled && previous != CheckOutcome.Fail)
            {
                var signal = new AlertSignal(NotificationKind.CheckFailed, result.Key, NotificationSeverity.Error,
                    $"Check failed: {result.Title}", result.Fix is null ? result.Summary : $"{result.Summary} {result.Fix.Text}",
                    result.Fix?.Href ?? "troubleshooting");
                var (notification, outcome) = await book.RaiseAsync(db, workspaceId, settings, signal, ct);
                if (outcome is RaiseOutcome.New or RaiseOutcome.Repeated)
                {
                    raised.Add(notification!);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await mailer.SendAsync(db, workspaceId, settings, raised, ct);
    }
}
