namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>Roles and scopes the emulated instance knows, and what each of the account's API clients starts with.</summary>
public static class SfccRoles
{
    /// <summary>The Account Manager role of API clients allowed to call the Commerce API (SCAPI admin and OCAPI client grant).</summary>
    public const string CommerceApi = "SALESFORCE_COMMERCE_API";

    /// <summary>
    /// BM roles that may use the OCAPI BM user grant. The emulator's choice (the brief is silent): a user holding none of
    /// these is refused, so "missing role" can be reproduced by setting the roles to e.g. ["Merchandiser"] or [].
    /// </summary>
    public static readonly IReadOnlyList<string> OcapiRoles = ["Administrator", "OCAPI_Integration"];

    public static readonly IReadOnlyList<string> DefaultBmRoles = ["Administrator"];

    /// <summary>Every scope the emulator recognises; a request or control call naming anything else is refused.</summary>
    public static readonly IReadOnlyList<string> KnownScopes =
    [
        "sfcc.products", "sfcc.products.rw", "sfcc.catalogs", "sfcc.catalogs.rw",
        "sfcc.customerlists", "sfcc.customerlists.rw", "sfcc.orders", "sfcc.orders.rw",
        "sfcc.inventory.availability", "sfcc.inventory.availability.rw",
        "sfcc.inventory.impex-inventory", "sfcc.inventory.impex-inventory.rw",
        "sfcc.inventory.reservations", "sfcc.inventory.reservations.rw",
        "sfcc.shopper-baskets-orders.rw", "sfcc.shopper-products", "sfcc.shopper-product-search",
        "sfcc.ts_ext_on_behalf_of", "mail",
    ];

    /// <summary>
    /// The allowed scopes the setup guide's Step 1 gives each of the three clients (the same seven on all of them), so a
    /// fresh sandbox is set up as a merchant following the guide would be.
    /// </summary>
    public static readonly IReadOnlyList<string> SetupGuideScopes =
    [
        "sfcc.orders.rw", "sfcc.catalogs.rw", "sfcc.inventory.impex-inventory.rw", "sfcc.inventory.availability.rw",
        "sfcc.inventory.reservations.rw", "sfcc.customerlists.rw", "sfcc.products.rw",
    ];

    /// <summary>
    /// The scopes of the Shop API client's SLAS tokens. SLAS clients are configured in SLAS Admin, apart from the client's
    /// Account Manager allowed scopes (which are the guide's seven), so these do not widen what Account Manager grants.
    /// </summary>
    public static readonly IReadOnlyList<string> SlasShopperScopes =
        ["sfcc.shopper-baskets-orders.rw", "sfcc.shopper-products", "sfcc.shopper-product-search", "sfcc.ts_ext_on_behalf_of"];

    /// <summary>SCAPI endpoints accept the read scope or its .rw scope (their specs list both): read/write includes read.</summary>
    public static bool Covers(IReadOnlyList<string> allowed, string scope) =>
        allowed.Contains(scope) || (!scope.EndsWith(".rw", StringComparison.Ordinal) && allowed.Contains(scope + ".rw"));
}
