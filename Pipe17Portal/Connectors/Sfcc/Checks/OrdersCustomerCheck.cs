using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// TikTok orders need the generic customer: TikTok shares no buyer email (only a per-order relay) and no company, so the
/// matching strategies fail for every TikTok order. The number must be set and name a customer of the site's customer
/// list, looked up through the same client and matcher the push uses.
/// </summary>
public sealed class OrdersCustomerCheck(SfccLink sfccLink, SfccCustomerMatcher matcher) : ICheck
{
    public string Key => "orders.customer";
    public string Title => "Orders use a generic customer that exists in Salesforce";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "customer-missing";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (sfccs.Count == 0)
        {
            return CheckFinding.Fail("There is no Salesforce connection whose customer could be checked.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance"));
        }
        return await CheckFindings.EachAsync(sfccs, sfcc => OneAsync(context, sfcc, ct));
    }

    private async Task<CheckFinding> OneAsync(CheckContext context, Sync.Connection sfcc, CancellationToken ct)
    {
        var s = SfccConnectionSettings.Read(sfcc.SettingsJson);
        var page = CheckContext.ConnectionPage(sfcc.Id, "order-sync");
        var evidence = new List<string>
        {
            $"Customer matching strategy: {CustomerStrategies.Title(s.CustomerStrategy)}",
            $"Generic Customer Number: {(s.GenericCustomerNo.Length == 0 ? "(not set)" : s.GenericCustomerNo)}",
        };
        if (s.CustomerStrategy != CustomerMatchingStrategy.GenericForAll)
        {
            return CheckFinding.Fail(
                $"\"{CustomerStrategies.Title(s.CustomerStrategy)}\" does not work for TikTok Shop orders: TikTok gives only a relay email per order and no company, so {(CustomerStrategies.UsesGenericCustomer(s.CustomerStrategy) ? "matching never finds the buyer" : "the orders stop with an exception")}.",
                new CheckFix("Choose \"Use a generic customer for all orders\" and enter the Generic Customer Number.", page), evidence);
        }
        if (s.GenericCustomerNo.Trim().Length == 0)
        {
            return CheckFinding.Fail("No Generic Customer Number is set: every order stops with a customer exception.",
                new CheckFix("Create a customer for TikTok Shop orders in Business Manager (Merchant Tools → Customers) and enter its number.", page), evidence);
        }
        if (sfcc.Status != ConnectionStatus.Connected)
        {
            return CheckFinding.Skipped($"'{sfcc.DisplayName}' is not connected, so customer {s.GenericCustomerNo} cannot be looked up.",
                new CheckFix("Connect the Salesforce connection first.", CheckContext.ConnectionPage(sfcc.Id)));
        }

        var client = await sfccLink.ClientAsync(context.Db, sfcc, s, ct);
        var choice = await matcher.ChooseAsync(client, sfcc.Id, s.CustomerStrategy, s.GenericCustomerNo, new BuyerIdentity(null, null, null, null, "TikTok Shop"), ct);
        if (choice.Problem is { } problem)
        {
            return CheckFinding.Fail(problem.Message, new CheckFix(problem.Fix, page), evidence);
        }
        var found = await client.Data.GetCustomerAsync(choice.CustomerNo!, ct: ct);
        if (found.IsSuccess)
        {
            evidence.Add($"Salesforce customer {choice.CustomerNo}: {found.Data.FirstName} {found.Data.LastName}".TrimEnd());
            return CheckFinding.Pass($"Orders go to customer {choice.CustomerNo}, which exists in Salesforce.", evidence);
        }
        evidence.Add($"Salesforce answered: {found.Error.Message}");
        return found.Error.Kind == SfccErrorKind.NotFound
            ? CheckFinding.Fail($"Salesforce has no customer '{choice.CustomerNo}' in the customer list of site {s.SiteId}: every order is refused.",
                new CheckFix("Create the generic customer in Business Manager (Merchant Tools → Customers), or enter the number of an existing one.", page), evidence)
            : CheckFinding.Warn($"Customer {choice.CustomerNo} could not be looked up: {found.Error.Message}",
                new CheckFix(found.Error.Explanation, CheckContext.ConnectionPage(sfcc.Id)), evidence);
    }
}
