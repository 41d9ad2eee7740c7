namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The six customer matching strategies in plain words (setup guide Step 4).</summary>
public static class CustomerStrategies
{
    public static readonly IReadOnlyList<CustomerMatchingStrategy> All = Enum.GetValues<CustomerMatchingStrategy>();

    public static string Title(CustomerMatchingStrategy strategy) => strategy switch
    {
        CustomerMatchingStrategy.GenericForAll => "Use a generic customer for all orders",
        CustomerMatchingStrategy.EmailCreateIfMissing => "Match by email, create the customer if missing",
        CustomerMatchingStrategy.EmailGenericIfMissing => "Match by email, use the generic customer if missing",
        CustomerMatchingStrategy.CompanyCreateIfMissing => "Match by company name, create the customer if missing",
        CustomerMatchingStrategy.CompanyGenericIfMissing => "Match by company name, use the generic customer if missing",
        CustomerMatchingStrategy.CompanyThenEmailGenericFallback => "Match by company name, then by email, else the generic customer",
        _ => strategy.ToString(),
    };

    public static string Explanation(CustomerMatchingStrategy strategy) => strategy switch
    {
        CustomerMatchingStrategy.GenericForAll =>
            "Every order is placed for one Salesforce customer that stands for all TikTok Shop buyers. This is the one that works for TikTok Shop.",
        CustomerMatchingStrategy.EmailCreateIfMissing =>
            "Looks for a Salesforce customer with the buyer's email and creates one when there is none. Orders without an email cannot be placed.",
        CustomerMatchingStrategy.EmailGenericIfMissing =>
            "Looks for a Salesforce customer with the buyer's email; when no customer has it, the order goes to the generic customer.",
        CustomerMatchingStrategy.CompanyCreateIfMissing =>
            "Looks for a Salesforce customer with the buyer's company name and creates one when there is none. Orders without a company cannot be placed.",
        CustomerMatchingStrategy.CompanyGenericIfMissing =>
            "Looks for a Salesforce customer with the buyer's company name; when none has it, the order goes to the generic customer.",
        CustomerMatchingStrategy.CompanyThenEmailGenericFallback =>
            "Tries the company name first, then the email; when neither finds a customer, the order goes to the generic customer.",
        _ => "",
    };

    /// <summary>Strategies that match on the buyer's email or company, which TikTok Shop never shares.</summary>
    public static bool NeedsBuyerIdentity(CustomerMatchingStrategy strategy) => strategy != CustomerMatchingStrategy.GenericForAll;

    /// <summary>Strategies that place (some) orders on the Generic Customer Number, which must then be set.</summary>
    public static bool UsesGenericCustomer(CustomerMatchingStrategy strategy) => strategy is CustomerMatchingStrategy.GenericForAll
        or CustomerMatchingStrategy.EmailGenericIfMissing or CustomerMatchingStrategy.CompanyGenericIfMissing or CustomerMatchingStrategy.CompanyThenEmailGenericFallback;
}
