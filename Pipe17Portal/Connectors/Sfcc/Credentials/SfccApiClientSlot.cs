namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>Which of the connection's three Account Manager API clients (setup guide Step 1).</summary>
public enum SfccApiClientSlot
{
    B2c,
    Shop,
    Ocapi,
}

public static class SfccApiClientSlots
{
    public static string Label(this SfccApiClientSlot slot) => slot switch
    {
        SfccApiClientSlot.B2c => "B2C API client",
        SfccApiClientSlot.Shop => "Shop API client",
        _ => "OCAPI client",
    };

    /// <summary>The settings page's anchor of the slot's id and password.</summary>
    public static string Section(this SfccApiClientSlot slot) => slot switch
    {
        SfccApiClientSlot.B2c => "b2cClientId",
        SfccApiClientSlot.Shop => "shopClientId",
        _ => "ocapiClientId",
    };

    public static string ClientId(this SfccApiClientSlot slot, Api.SfccCredentials c) => slot switch
    {
        SfccApiClientSlot.B2c => c.B2cClientId,
        SfccApiClientSlot.Shop => c.ShopClientId,
        _ => c.OcapiClientId,
    };

    /// <summary>
    /// The context whose Account Manager token is the slot's client's: the token service asks Account Manager with the
    /// B2C API client's id and password, so the slot's pair takes their place.
    /// </summary>
    public static Api.SfccContext As(this SfccApiClientSlot slot, Api.SfccContext context)
    {
        var c = context.Credentials;
        return slot switch
        {
            SfccApiClientSlot.B2c => context,
            SfccApiClientSlot.Shop => context with { Credentials = c with { B2cClientId = c.ShopClientId, B2cClientPassword = c.ShopClientPassword } },
            _ => context with { Credentials = c with { B2cClientId = c.OcapiClientId, B2cClientPassword = c.OcapiClientPassword } },
        };
    }
}
