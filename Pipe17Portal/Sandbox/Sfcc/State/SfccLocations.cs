using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// The instance's Omnichannel Inventory places: one group named after the site holding two locations, the warehouse (the
/// site inventory list) and a store.
/// </summary>
public static class SfccLocations
{
    public static string Group(SandboxAccount account) => account.SfccSiteId;

    public static string Warehouse(SandboxAccount account) => $"{account.SfccSiteId}-warehouse";

    public static string Store(SandboxAccount account) => $"{account.SfccSiteId}-store";

    public static IReadOnlyList<string> All(SandboxAccount account) => [Warehouse(account), Store(account)];

    /// <summary>A store's opening stock of a SKU: a few units, none for some, stable per SKU.</summary>
    public static int StoreSeed(string sku) => (int)((uint)StableHash(sku) % 7);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }
        return hash;
    }
}
