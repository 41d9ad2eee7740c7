using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// "Push only orders with specific source channels" does not leave a TikTok shop out: an empty list pushes every channel;
/// a list that misses a shop fails naming it, with the one-click fix to add it.
/// </summary>
public sealed class OrdersSourceChannelsCheck : ICheck
{
    public string Key => "orders.source-channels";
    public string Title => "The source-channel filter includes TikTok Shop";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "orders-not-pushed";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (sfccs.Count == 0)
        {
            return Task.FromResult(CheckFinding.Fail("There is no Salesforce connection to push orders to.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance")));
        }
        if (shops.Count == 0)
        {
            return Task.FromResult(CheckFinding.Skipped("There is no TikTok Shop connection whose orders the filter could leave out.", CheckFindings.AddConnection("your TikTok Shop")));
        }
        var names = context.Connections.ToDictionary(c => c.Id, c => c.DisplayName);
        var parts = sfccs.Select(sfcc =>
        {
            var sources = SfccConnectionSettings.Read(sfcc.SettingsJson).SourceConnectionIds;
            if (sources.Count == 0)
            {
                return (sfcc.DisplayName, CheckFinding.Pass("No source-channel filter: orders from every channel are pushed.", "Push only orders with specific source channels: (none chosen: all channels)"));
            }
            var evidence = $"Push only orders with specific source channels: {string.Join(", ", sources.Select(id => names.TryGetValue(id, out var n) ? n : $"{id} (no longer exists)"))}";
            var excluded = shops.Where(s => !sources.Contains(s.Id)).ToList();
            return (sfcc.DisplayName, excluded.Count == 0
                ? CheckFinding.Pass("Every TikTok shop is among the chosen source channels.", evidence)
                : CheckFinding.Fail($"The source-channel filter leaves out {string.Join(", ", excluded.Select(s => $"'{s.DisplayName}'"))}: {(excluded.Count == 1 ? "its" : "their")} orders are never pushed.",
                    new CheckFix($"Add '{excluded[0].DisplayName}' to Push only orders with specific source channels (or clear the list to push every channel).",
                        CheckContext.ConnectionPage(sfcc.Id, "order-sync"),
                        new CheckAction(AddSourceChannelAction.ActionKind, sfcc.Id, excluded[0].Id.ToString(), $"Push orders from '{excluded[0].DisplayName}'")),
                    evidence));
        }).ToList();
        return Task.FromResult(CheckFindings.Worst(parts));
    }
}
