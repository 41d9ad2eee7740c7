namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>
/// The scopes the setup guide's Step 1 allows each of the three API clients, and which of them the portal's own calls
/// need from which client (a missing one of those fails; one the guide lists but the portal does not call with that
/// client only warns).
/// </summary>
public static class SfccRequiredScopes
{
    public const string Orders = "sfcc.orders.rw";
    public const string Catalogs = "sfcc.catalogs.rw";
    public const string ImpexInventory = "sfcc.inventory.impex-inventory.rw";
    public const string Availability = "sfcc.inventory.availability.rw";
    public const string Reservations = "sfcc.inventory.reservations.rw";
    public const string CustomerLists = "sfcc.customerlists.rw";
    public const string Products = "sfcc.products.rw";

    /// <summary>Setup guide Step 1, in its order.</summary>
    public static readonly IReadOnlyList<string> SetupGuide = [Orders, Catalogs, ImpexInventory, Availability, Reservations, CustomerLists, Products];

    /// <summary>What the flows call SCAPI and OCI for, with the B2C API client's token.</summary>
    public static readonly IReadOnlyList<string> UsedByB2cClient = [Orders, Catalogs, ImpexInventory, Availability, CustomerLists, Products];

    public static IReadOnlyList<string> UsedBy(SfccApiClientSlot slot) => slot == SfccApiClientSlot.B2c ? UsedByB2cClient : [];

    public static readonly IReadOnlyList<string> Catalog = [Products, Catalogs];

    public static readonly IReadOnlyList<string> Inventory = [Availability, ImpexInventory];
}
