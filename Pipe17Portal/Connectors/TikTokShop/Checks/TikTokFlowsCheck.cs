using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>
/// Pull orders and Push fulfillments are on (without them no order arrives and no tracking reaches TikTok); Push inventory
/// off is only reported, since some merchants keep stock by hand. Each switch that is off offers the one-click fix.
/// </summary>
public sealed class TikTokFlowsCheck : ICheck
{
    public string Key => "tiktok.flows";
    public string Title => "TikTok Shop pulls orders and pushes fulfillments";
    public CheckArea Area => CheckArea.TikTokShop;
    public string HelpSlug => "connect-tiktok-shop";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (shops.Count == 0)
        {
            return Task.FromResult(CheckFinding.Fail("There is no TikTok Shop connection.", CheckFindings.AddConnection("your TikTok Shop")));
        }
        var parts = new List<(string, CheckFinding)>();
        foreach (var shop in shops)
        {
            var s = TikTokConnectionSettings.Read(shop.SettingsJson);
            var evidence = new List<string>
            {
                $"Pull orders: {OnOff(s.PullOrders)}",
                $"Push fulfillments: {OnOff(s.PushFulfillments)}",
                $"Push inventory: {OnOff(s.PushInventory)}",
            };
            var off = new[] { (Flow: TikTokFlowSwitch.PullOrders, On: s.PullOrders), (Flow: TikTokFlowSwitch.PushFulfillments, On: s.PushFulfillments) }
                .Where(f => !f.On).Select(f => f.Flow).ToList();
            parts.Add((shop.DisplayName, off.Count == 0
                ? CheckFinding.Pass($"'{shop.DisplayName}' pulls orders and pushes fulfillments.", evidence)
                : CheckFinding.Fail(
                    $"'{shop.DisplayName}': {string.Join(" and ", off.Select(TikTokFlowSwitch.Title))} {(off.Count == 1 ? "is" : "are")} off, so {string.Join(" and ", off.Select(TikTokFlowSwitch.Consequence))}.",
                    new CheckFix($"Switch {TikTokFlowSwitch.Title(off[0])} on.", CheckContext.ConnectionPage(shop.Id),
                        new CheckAction(TikTokEnableFlowAction.ActionKind, shop.Id, off[0], $"Turn {TikTokFlowSwitch.Title(off[0])} on")),
                    evidence)));
        }
        return Task.FromResult(CheckFindings.Worst(parts));
    }

    private static string OnOff(bool on) => on ? "on" : "off";
}
