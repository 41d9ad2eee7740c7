using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>What each customer matching strategy needs (setup guide Step 4).</summary>
public static class CustomerStrategies
{
    public static string Label(CustomerMatchingStrategy strategy) => strategy switch
    {
        CustomerMatchingStrategy.GenericForAll => "Use a generic customer for all orders",
        CustomerMatchingStrategy.EmailCreateIfMissing => "Match by email, create if it doesn't exist",
        CustomerMatchingStrategy.EmailGenericIfMissing => "Match by email, use a generic customer if it doesn't exist",
        CustomerMatchingStrategy.CompanyCreateIfMissing => "Match by company name, create if it doesn't exist",
        CustomerMatchingStrategy.CompanyGenericIfMissing => "Match by company name, use a generic customer if it doesn't exist",
        CustomerMatchingStrategy.CompanyThenEmailGenericFallback => "Match by company name then by email, with a generic customer as fallback",
        _ => strategy.ToString(),
    };

    /// <summary>Strategies that may fall back on (or always use) the generic customer, so its number is required.</summary>
    public static bool UsesGeneric(CustomerMatchingStrategy strategy) =>
        strategy is not (CustomerMatchingStrategy.EmailCreateIfMissing or CustomerMatchingStrategy.CompanyCreateIfMissing);

    /// <summary>Strategies that match on buyer identity, which TikTok Shop never shares.</summary>
    public static bool NeedsBuyerIdentity(CustomerMatchingStrategy strategy) => strategy != CustomerMatchingStrategy.GenericForAll;
}
