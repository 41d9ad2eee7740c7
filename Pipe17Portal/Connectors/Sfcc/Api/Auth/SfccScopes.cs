using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// The SCAPI scopes the portal asks Account Manager for, and which endpoint needs which. Only scopes of the setup guide's
/// Step 1 list, all <c>.rw</c>: Account Manager grants exactly the allowed list, so asking a guide-configured client for a
/// read scope such as <c>sfcc.products</c> would be refused (<c>invalid_scope</c>), while the SCAPI endpoints accept the
/// <c>.rw</c> scope for reads as well.
/// </summary>
public static class SfccScopes
{
    public const string Products = SfccRequiredScopes.Products;
    public const string Catalogs = SfccRequiredScopes.Catalogs;
    public const string CustomerLists = SfccRequiredScopes.CustomerLists;
    public const string Orders = SfccRequiredScopes.Orders;
    public const string InventoryAvailability = SfccRequiredScopes.Availability;

    /// <summary>
    /// Requested with Account Manager tokens by default (besides <c>SALESFORCE_COMMERCE_API:{tenant}</c>): the guide's scopes
    /// the flows call SCAPI and OCI with (<see cref="SfccRequiredScopes.UsedByB2cClient"/>).
    /// </summary>
    public static IReadOnlyList<string> Requested => SfccRequiredScopes.UsedByB2cClient;

    public static string TenantScope(SfccCredentials credentials) => $"SALESFORCE_COMMERCE_API:{credentials.TenantId}";

    /// <summary>The form value of <c>scope</c>: the tenant scope first, then the API scopes.</summary>
    public static string RequestValue(SfccCredentials credentials, IEnumerable<string> scopes) =>
        string.Join(' ', new[] { TenantScope(credentials) }.Concat(scopes).Distinct(StringComparer.Ordinal));
}
