using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;

/// <summary>One-click fix <c>orders.enable-push</c>: switches Push orders to Salesforce on (ConnectionId = the Salesforce connection; no argument).</summary>
public sealed class EnableOrderPushAction(OrderSyncSettingsFix fix) : ICheckActionHandler
{
    public const string ActionKind = "orders.enable-push";

    public string Kind => ActionKind;

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        var (before, _) = await fix.ApplyAsync(action, v => v.PushOrders ? null : OrderSyncSettingsFix.Keep(v) with { PushOrders = true }, ct);
        return before.PushOrders ? "Push orders to Salesforce was already on." : "Push orders to Salesforce is now on; orders are pushed from the next run.";
    }
}
