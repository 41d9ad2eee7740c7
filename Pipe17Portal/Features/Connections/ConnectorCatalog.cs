using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Connections;

/// <summary>The connectors a merchant can add, with the flows each carries (DESIGN §5).</summary>
public static class ConnectorCatalog
{
    public static readonly IReadOnlyList<ConnectorInfo> All =
    [
        new(ConnectorKind.TikTokShop, "TikTok Shop",
            "Receive TikTok Shop orders and cancellations, and send fulfillments and inventory back to the shop.",
            ["Orders from TikTok Shop", "Fulfillments to TikTok Shop", "Inventory to TikTok Shop"]),
        new(ConnectorKind.SalesforceCommerceCloud, "Salesforce Commerce Cloud",
            "Send orders into your B2C Commerce instance, and read its catalog, shipments and inventory.",
            ["Orders to Salesforce", "Product catalog from Salesforce", "Shipping requests and fulfillments from Salesforce", "Inventory from Salesforce"]),
    ];

    public static ConnectorInfo Get(ConnectorKind kind) => All.Single(c => c.Kind == kind);

    public static bool Exists(ConnectorKind kind) => All.Any(c => c.Kind == kind);
}
