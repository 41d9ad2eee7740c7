namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>The SCAPI scopes the portal asks Account Manager for, and which endpoint needs which.</summary>
public static class SfccScopes
{
    public const string Products = "sfcc.products";
    public const string Catalogs = "sfcc.catalogs";
    public const string CustomerLists = "sfcc.customerlists";
    public const string Orders = "sfcc.orders";
    public const string OrdersWrite = "sfcc.orders.rw";
    public const string InventoryAvailability = "sfcc.inventory.availability";

    /// <summary>
    /// Requested with Account Manager tokens by default (besides <c>SALESFORCE_COMMERCE_API:{tenant}</c>): what the portal's
    /// flows read, plus <see cref="OrdersWrite"/> to cancel pushed orders (setup guide Step 1 allows it). Account Manager
    /// refuses a request naming a scope the client is not allowed (<c>invalid_scope</c>), so <see cref="Catalogs"/> is
    /// asked only when configured (<see cref="SfccApiOptions.AccountManagerScopes"/>) or passed explicitly.
    /// </summary>
    public static IReadOnlyList<string> Requested { get; } = [Products, Orders, OrdersWrite, CustomerLists, InventoryAvailability];

    public static string TenantScope(SfccCredentials credentials) => $"SALESFORCE_COMMERCE_API:{credentials.TenantId}";

    /// <summary>The form value of <c>scope</c>: the tenant scope first, then the API scopes.</summary>
    public static string RequestValue(SfccCredentials credentials, IEnumerable<string> scopes) =>
        string.Join(' ', new[] { TenantScope(credentials) }.Concat(scopes).Distinct(StringComparer.Ordinal));
}
