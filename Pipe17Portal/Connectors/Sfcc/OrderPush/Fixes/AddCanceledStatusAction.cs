using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;

/// <summary>One-click fix <c>sfcc.add-canceled-status</c>: adds Canceled to Order statuses to push (ConnectionId = the Salesforce connection; no argument).</summary>
public sealed class AddCanceledStatusAction(OrderSyncSettingsFix fix) : ICheckActionHandler
{
    public const string ActionKind = "sfcc.add-canceled-status";

    public string Kind => ActionKind;

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        var (before, _) = await fix.ApplyAsync(action,
            v => v.StatusesToPush.Contains(OrderStatus.Canceled) ? null : OrderSyncSettingsFix.Keep(v) with { StatusesToPush = [.. v.StatusesToPush.Append(OrderStatus.Canceled).Distinct()] }, ct);
        return before.StatusesToPush.Contains(OrderStatus.Canceled)
            ? "Canceled was already among the statuses to push."
            : "Canceled is now among the statuses to push: cancellations in TikTok Shop will cancel the Salesforce order.";
    }
}
