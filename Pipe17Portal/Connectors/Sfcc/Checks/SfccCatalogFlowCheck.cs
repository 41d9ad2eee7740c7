using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>Products from Salesforce: Pull product catalog on, the B2C API client allowed sfcc.products.rw and sfcc.catalogs.rw, the last pull did not fail.</summary>
public sealed class SfccCatalogFlowCheck(SfccFlowCheckParts parts) : ICheck
{
    public string Key => "sfcc.catalog-flow";
    public string Title => "Product catalog pull is on and working";
    public CheckArea Area => CheckArea.CatalogAndInventory;
    public string HelpSlug => "products-not-appearing";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var found = new SfccFindingBuilder();
        SfccFlowCheckParts.Switch(found, connection, s.PullCatalog, nameof(s.PullCatalog), "Pull product catalog from Salesforce");
        SfccFlowCheckParts.Connected(found, connection);
        await parts.ScopesAsync(found, context, connection, s, SfccRequiredScopes.Catalog, ct);
        await SfccFlowCheckParts.LastRunAsync(found, context, connection, SfccCatalogPull.Flow, "Catalog pull", ct);
        return found.Build("The catalog pull is on, allowed what it reads, and its last run did not fail.");
    });
}
