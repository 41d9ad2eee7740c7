using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Connections;

/// <summary>
/// The connectors a merchant can add, with the flows each carries (DESIGN §5). Only flows that run are listed.
/// </summary>
public static class ConnectorCatalog
{
    public static readonly IReadOnlyList<ConnectorInfo> All =
    [
        new(ConnectorKind.TikTokShop, "TikTok Shop",
            "Receive TikTok Shop orders and cancellations, send tracking numbers back, and keep the shop's stock in step with Salesforce.",
            ["Orders from TikTok Shop", "Fulfillments to TikTok Shop", "Inventory to TikTok Shop"]),
        new(ConnectorKind.SalesforceCommerceCloud, "Salesforce Commerce Cloud",
            "Send orders and their cancellations into your B2C Commerce instance, read its product catalog and stock, and follow its shipments.",
            ["Orders to Salesforce", "Product catalog from Salesforce", "Shipping requests from Salesforce", "Fulfillments from Salesforce", "Inventory from Salesforce"]),
    ];

    public static ConnectorInfo Get(ConnectorKind kind) => All.Single(c => c.Kind == kind);

    public static bool Exists(ConnectorKind kind) => All.Any(c => c.Kind == kind);
}
