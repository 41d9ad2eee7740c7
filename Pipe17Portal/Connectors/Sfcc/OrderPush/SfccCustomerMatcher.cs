using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>The buyer identity an order offers for matching. TikTok Shop shares neither (its email is a per-order relay).</summary>
public sealed record BuyerIdentity(string? Email, string? Company, string? FirstName, string? LastName, string Channel);

/// <summary>A customer the push creates in SFCC before the order (the "create if it doesn't exist" strategies).</summary>
public sealed record NewSfccCustomer(string Login, string? Email, string? FirstName, string LastName, string? Company);

/// <summary>The outcome of customer matching: an existing customer, one to create, or the problem that stops the order.</summary>
public sealed record CustomerChoice(string? CustomerNo, NewSfccCustomer? ToCreate, OrderProblemInfo? Problem, string Description)
{
    public static CustomerChoice Existing(string customerNo, string description) => new(customerNo, null, null, description);

    public static CustomerChoice Create(NewSfccCustomer customer) =>
        new(null, customer, null, $"a new SFCC customer ({customer.Email ?? customer.Company}) created with the order");

    public static CustomerChoice Failed(OrderProblemInfo problem) => new(null, null, problem, problem.Message);
}

/// <summary>
/// Chooses each order's SFCC customer by the connection's strategy (setup guide Step 4), searching the site's customer
/// list through OCAPI Data. It never writes: creating the customer is the push's job, so a dry run stays read-only.
/// </summary>
public sealed class SfccCustomerMatcher
{
    public async Task<CustomerChoice> ChooseAsync(
        SfccClient client, Guid connectionId, CustomerMatchingStrategy strategy, string genericCustomerNo, BuyerIdentity buyer, CancellationToken ct)
    {
        var generic = genericCustomerNo.Trim();
        if (strategy == CustomerMatchingStrategy.GenericForAll)
        {
            return Generic(connectionId, generic);
        }
        if (buyer.Email is null && buyer.Company is null
            || strategy is CustomerMatchingStrategy.EmailCreateIfMissing or CustomerMatchingStrategy.EmailGenericIfMissing && buyer.Email is null
            || strategy is CustomerMatchingStrategy.CompanyCreateIfMissing or CustomerMatchingStrategy.CompanyGenericIfMissing && buyer.Company is null)
        {
            return CustomerChoice.Failed(OrderProblems.CustomerStrategyUnsupported(connectionId, strategy, buyer.Channel));
        }

        var searches = strategy switch
        {
            CustomerMatchingStrategy.EmailCreateIfMissing or CustomerMatchingStrategy.EmailGenericIfMissing => [("email", buyer.Email)],
            CustomerMatchingStrategy.CompanyCreateIfMissing or CustomerMatchingStrategy.CompanyGenericIfMissing => [("company_name", buyer.Company)],
            _ => new (string Field, string? Value)[] { ("company_name", buyer.Company), ("email", buyer.Email) },
        };
        foreach (var (field, value) in searches.Where(s => s.Value is not null))
        {
            var found = await client.Data.SearchCustomersAsync(OcapiQuery.Term(field, value!), count: 2, ct: ct);
            if (!found.IsSuccess)
            {
                throw new SfccCallException(found.Error);
            }
            if (found.Data.Hits.Select(h => h.Data.CustomerNo).FirstOrDefault(n => !string.IsNullOrEmpty(n)) is { } customerNo)
            {
                return CustomerChoice.Existing(customerNo, $"customer {customerNo}, matched by {(field == "email" ? "email" : "company name")} '{value}'");
            }
        }

        return strategy switch
        {
            CustomerMatchingStrategy.EmailCreateIfMissing => CustomerChoice.Create(new(buyer.Email!, buyer.Email, buyer.FirstName, buyer.LastName ?? buyer.Email!, null)),
            CustomerMatchingStrategy.CompanyCreateIfMissing => CustomerChoice.Create(new(
                buyer.Email ?? CompanyLogin(buyer.Company!), buyer.Email, buyer.FirstName, buyer.LastName ?? buyer.Company!, buyer.Company)),
            _ => Generic(connectionId, generic),
        };
    }

    private static CustomerChoice Generic(Guid connectionId, string generic) =>
        generic.Length == 0
            ? CustomerChoice.Failed(OrderProblems.CustomerNotConfigured(connectionId))
            : CustomerChoice.Existing(generic, $"the generic customer {generic}");

    /// <summary>A stable login for a company without an email: the same company always gets the same login.</summary>
    private static string CompanyLogin(string company) =>
        "company-" + new string(company.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}

/// <summary>An SFCC call failed while preparing or pushing an order; the error decides whether it is retried.</summary>
public sealed class SfccCallException(SfccError error) : Exception(error.ToString())
{
    public SfccError Error { get; } = error;
}
