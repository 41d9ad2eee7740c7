using System.Text.Json;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

/// <summary>
/// The OCAPI settings (Business Manager → Administration → Site Development → Open Commerce API Settings) the merchant
/// pastes for their OCAPI client: exactly the resources and methods the portal calls, nothing more.
/// </summary>
public static class OcapiSettingsHelper
{
    public static readonly IReadOnlyList<(string Resource, string[] Methods)> ShopResources =
    [
        ("/baskets", ["post"]),
        ("/baskets/*", ["get", "delete"]),
        ("/baskets/*/items", ["post"]),
        ("/baskets/*/payment_instruments", ["post"]),
        ("/baskets/*/price_adjustments", ["post"]),
        ("/baskets/*/price_adjustments/*", ["delete"]),
        ("/customers/*/baskets", ["get"]),
        ("/baskets/*/payment_methods", ["get"]),
        ("/baskets/*/shipments/*/shipping_method", ["put"]),
        ("/baskets/*/shipments/*/shipping_methods", ["get"]),
        ("/orders", ["post"]),
        ("/orders/*", ["get", "put", "patch"]),
        ("/order_search", ["post"]),
    ];

    public static readonly IReadOnlyList<(string Resource, string[] Methods)> DataResources =
    [
        ("/sites/*", ["get"]),
        ("/customer_lists/*", ["get"]),
        ("/customer_lists/*/customer_search", ["post"]),
        ("/customer_lists/*/customers", ["post"]),
        ("/customer_lists/*/customers/*", ["get"]),
        ("/inventory_lists", ["get"]),
        ("/inventory_lists/*/product_inventory_records", ["get"]),
        ("/inventory_lists/*/product_inventory_records/*", ["get"]),
        ("/orders/*/status", ["put"]),
    ];

    public static string Shop(string clientId, string version) => Build(clientId, version, ShopResources);

    public static string Data(string clientId) => Build(clientId, Api.SfccDataClient.DataVersion, DataResources);

    private static string Build(string clientId, string version, IReadOnlyList<(string Resource, string[] Methods)> resources) =>
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
