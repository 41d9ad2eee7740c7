using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Connectors.Sfcc.Inventory;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Stock from Salesforce: Pull inventory on, the B2C API client allowed sfcc.inventory.availability.rw and
/// sfcc.inventory.impex-inventory.rw, Omnichannel Inventory locations chosen, the last pull did not fail.
/// </summary>
public sealed class SfccInventoryFlowCheck(SfccFlowCheckParts parts) : ICheck
{
    public string Key => "sfcc.inventory-flow";
    public string Title => "Inventory pull is on and working";
    public CheckArea Area => CheckArea.CatalogAndInventory;
    public string HelpSlug => "inventory-wrong";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var found = new SfccFindingBuilder();
        SfccFlowCheckParts.Switch(found, connection, s.PullInventory, nameof(s.PullInventory), "Pull inventory information from Salesforce");
        SfccFlowCheckParts.Connected(found, connection);
        if (s.InventoryLocations.Count == 0)
        {
            found.Fail("No Omnichannel Inventory location is chosen: the pull has nothing to read.",
                new CheckFix("Enter the OCI locations whose stock the portal reads, and save.", CheckContext.ConnectionPage(connection.Id, "inventoryLocations")));
        }
        else
        {
            found.Ok($"OCI locations: {string.Join(", ", s.InventoryLocations)} (tenant group {s.TenantGroupId}).");
        }
        await parts.ScopesAsync(found, context, connection, s, SfccRequiredScopes.Inventory, ct);
        await SfccFlowCheckParts.LastRunAsync(found, context, connection, SfccInventoryPull.Flow, "Inventory pull", ct);
        return found.Build("The inventory pull is on, has locations, is allowed what it reads, and its last run did not fail.");
    });
}
