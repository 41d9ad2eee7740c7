using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Shipping;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Shipments back to TikTok: Pull shipping requests and Pull fulfillment information on, the last runs of both did not
/// fail, and each TikTok Shop connection has Push fulfillments on (else tracking never reaches TikTok).
/// </summary>
public sealed class SfccFulfillmentFlowCheck : ICheck
{
    public string Key => "sfcc.fulfillment-flow";
    public string Title => "Fulfillments flow from Salesforce to TikTok Shop";
    public CheckArea Area => CheckArea.Fulfillment;
    public string HelpSlug => "fulfillments-missing";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var found = new SfccFindingBuilder();
        SfccFlowCheckParts.Switch(found, connection, s.PullShippingRequests, nameof(s.PullShippingRequests), "Pull shipping requests from Salesforce");
        SfccFlowCheckParts.Switch(found, connection, s.PullFulfillments, nameof(s.PullFulfillments), "Pull fulfillment information from Salesforce");
        SfccFlowCheckParts.Connected(found, connection);
        var shops = context.Of(ConnectorKind.TikTokShop);
        if (shops.Count == 0)
        {
            found.Warn("There is no TikTok Shop connection to send the fulfillments to.",
                new CheckFix("Add and connect the TikTok Shop connector under Integrations.", "integrations"));
        }
        foreach (var shop in shops)
        {
            if (TikTokConnectionSettings.Read(shop.SettingsJson).PushFulfillments)
            {
                found.Ok($"{shop.DisplayName}: Push fulfillments on.");
            }
            else
            {
                found.Fail($"{shop.DisplayName}: Push fulfillments is off, so tracking numbers never reach TikTok Shop.",
                    new CheckFix("Turn on Push fulfillments on the TikTok Shop connection.", CheckContext.ConnectionPage(shop.Id)));
            }
        }
        await SfccFlowCheckParts.LastRunAsync(found, context, connection, SfccShippingRequestPull.Flow, "Shipping request pull", ct);
        await SfccFlowCheckParts.LastRunAsync(found, context, connection, SfccFulfillmentPull.Flow, "Fulfillment pull", ct);
        return found.Build("Shipping requests and fulfillments are pulled, their last runs did not fail, and TikTok Shop receives them.");
    });
}
