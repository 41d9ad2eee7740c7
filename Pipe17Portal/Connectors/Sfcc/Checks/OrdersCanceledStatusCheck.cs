using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary><c>Canceled</c> is among the statuses to push; without it a TikTok cancellation never cancels the Salesforce order.</summary>
public sealed class OrdersCanceledStatusCheck : ICheck
{
    public string Key => "orders.canceled-status";
    public string Title => "Cancellations are pushed to Salesforce";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "cancellations-not-propagating";

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (sfccs.Count == 0)
        {
            return Task.FromResult(CheckFinding.Fail("There is no Salesforce connection to push cancellations to.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance")));
        }
        var parts = sfccs.Select(sfcc =>
        {
            var statuses = SfccConnectionSettings.Read(sfcc.SettingsJson).StatusesToPush;
            var evidence = $"Order statuses to push: {(statuses.Count == 0 ? "none" : string.Join(", ", statuses))}";
            return (sfcc.DisplayName, statuses.Contains(OrderStatus.Canceled)
                ? CheckFinding.Pass("Canceled is among the statuses to push.", evidence)
                : CheckFinding.Fail("Canceled is not among the statuses to push: canceling an order in TikTok Shop leaves it open in Salesforce.",
                    new CheckFix("Add Canceled to Order statuses to push.", CheckContext.ConnectionPage(sfcc.Id, "order-sync"),
                        new CheckAction(AddCanceledStatusAction.ActionKind, sfcc.Id, null, "Add Canceled to the statuses to push")),
                    evidence));
        }).ToList();
        return Task.FromResult(CheckFindings.Worst(parts));
    }
}
