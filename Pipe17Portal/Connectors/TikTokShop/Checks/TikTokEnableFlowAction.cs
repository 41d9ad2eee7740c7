using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>
/// One-click fix <c>tiktok.enable-flow</c>: turns one TikTok switch on (Argument = PullOrders, PushFulfillments or
/// PushInventory; ConnectionId = the TikTok connection) through the connection page's own save, so the change is
/// validated, audited, guarded by the connection's version and the flow is rescheduled exactly as when saved by hand.
/// </summary>
public sealed class TikTokEnableFlowAction(ITikTokConnectionApi connections) : ICheckActionHandler
{
    public const string ActionKind = "tiktok.enable-flow";

    public string Kind => ActionKind;

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        if (action.ConnectionId is not { } id)
        {
            throw ApiProblemException.Invalid("connectionId", "Name the TikTok Shop connection whose flow to turn on (connectionId).");
        }
        var flow = TikTokFlowSwitch.All.FirstOrDefault(f => string.Equals(f, action.Argument?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblemException.Invalid("argument", $"'{action.Argument}' is not a TikTok flow switch. Use one of: {string.Join(", ", TikTokFlowSwitch.All)}.");
        var view = await connections.GetAsync(id, ct);
        var update = new TikTokSettingsUpdate(view.AppKey, null, view.ServiceId, view.Region,
            view.PullOrders || flow == TikTokFlowSwitch.PullOrders,
            view.PushFulfillments || flow == TikTokFlowSwitch.PushFulfillments,
            view.PushInventory || flow == TikTokFlowSwitch.PushInventory,
            view.OrderHoldMinutes, view.Version);
        var wasOn = flow switch
        {
            TikTokFlowSwitch.PullOrders => view.PullOrders,
            TikTokFlowSwitch.PushFulfillments => view.PushFulfillments,
            _ => view.PushInventory,
        };
        if (wasOn)
        {
            return $"{TikTokFlowSwitch.Title(flow)} was already on for '{view.DisplayName}'.";
        }
        await connections.SaveAsync(id, update, ct);
        return $"{TikTokFlowSwitch.Title(flow)} is now on for '{view.DisplayName}'.";
    }
}
