using System.Text.Json;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

/// <summary>
/// The OCAPI settings (Business Manager → Administration → Site Development → Open Commerce API Settings) the merchant
/// pastes for their OCAPI client: exactly the resources and methods the portal calls, nothing more.
/// </summary>
public static class OcapiSettingsHelper
{
    private const string OrderPush = "Orders to Salesforce";
    private const string TestOrder = "The mapping editor's shipping and payment method lists";
    private const string Connect = "Connect";
    private const string Inventory = "Inventory from Salesforce";

    /// <summary>Every OCAPI Shop resource the portal calls, with its methods and the flow that calls it (the one list: the JSON, the check).</summary>
    public static readonly IReadOnlyList<OcapiResource> ShopResources =
    [
        new("/baskets", ["post"], OrderPush),
        new("/baskets/*", ["get", "delete"], OrderPush),
        new("/baskets/*/items", ["post"], OrderPush),
        new("/baskets/*/payment_instruments", ["post"], OrderPush),
        new("/baskets/*/price_adjustments", ["post"], OrderPush),
        new("/baskets/*/price_adjustments/*", ["delete"], OrderPush),
        new("/customers/*/baskets", ["get"], OrderPush),
        new("/baskets/*/payment_methods", ["get"], TestOrder),
        new("/baskets/*/shipments/*/shipping_method", ["put"], OrderPush),
        new("/baskets/*/shipments/*/shipping_methods", ["get"], TestOrder),
        new("/orders", ["post"], OrderPush),
        new("/orders/*", ["get", "put", "patch"], OrderPush),
        new("/order_search", ["post"], Connect),
    ];

    /// <summary>Every OCAPI Data resource the portal calls (version <see cref="Api.SfccDataClient.DataVersion"/>).</summary>
    public static readonly IReadOnlyList<OcapiResource> DataResources =
    [
        new("/sites/*", ["get"], Connect),
        new("/customer_lists/*", ["get"], OrderPush),
        new("/customer_lists/*/customer_search", ["post"], OrderPush),
        new("/customer_lists/*/customers", ["post"], OrderPush),
        new("/customer_lists/*/customers/*", ["get"], "Orders to Salesforce (generic customer)"),
        new("/inventory_lists", ["get"], Inventory),
        new("/inventory_lists/*/product_inventory_records", ["get"], Inventory),
        new("/inventory_lists/*/product_inventory_records/*", ["get"], Inventory),
        // The Data API's path is /sites/{site}/orders/{no}/status: the resource id must name the site segment too.
        new("/sites/*/orders/*/status", ["put"], "Orders to Salesforce (cancellations, mark sent to fulfillment)"),
        new("/system_object_definitions/*/attribute_definitions", ["get"], "Test one order (the Order type's custom attributes)"),
    ];

    public static string Shop(string clientId, string version) => Build(clientId, version, ShopResources);

    public static string Data(string clientId) => Build(clientId, Api.SfccDataClient.DataVersion, DataResources);

    private static string Build(string clientId, string version, IReadOnlyList<OcapiResource> resources) =>
        JsonSerializer.Serialize(new
        {
            _v = version.Replace('_', '.'),
            clients = new[]
            {
                new
                {
                    client_id = string.IsNullOrEmpty(clientId) ? "<your OCAPI client id>" : clientId,
                    resources = resources.Select(r => new { resource_id = r.Resource, methods = r.Methods, read_attributes = "(**)", write_attributes = "(**)" }),
                },
            },
        }, new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>One OCAPI resource the portal calls: its id as the settings write it, the methods, and which flow calls it.</summary>
public sealed record OcapiResource(string Resource, string[] Methods, string UsedBy);
