using MudBlazor;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.Troubleshooting;

/// <summary>How each outcome looks and sorts everywhere checks are shown (page, Dashboard, Ask): failures first.</summary>
public static class CheckOutcomes
{
    public static int Rank(CheckOutcome? outcome) => CheckResultOrder.Rank(outcome);

    public static string Icon(CheckOutcome? outcome) => outcome switch
    {
        CheckOutcome.Pass => Icons.Material.Filled.CheckCircle,
        CheckOutcome.Warn => Icons.Material.Filled.Warning,
        CheckOutcome.Fail => Icons.Material.Filled.Error,
        CheckOutcome.Skipped => Icons.Material.Filled.RemoveCircleOutline,
        _ => Icons.Material.Filled.HelpOutline,
    };

    public static Color Color(CheckOutcome? outcome) => outcome switch
    {
        CheckOutcome.Pass => MudBlazor.Color.Success,
        CheckOutcome.Warn => MudBlazor.Color.Warning,
        CheckOutcome.Fail => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Label(CheckOutcome? outcome) => outcome switch
    {
        CheckOutcome.Pass => "Passed",
        CheckOutcome.Warn => "Warning",
        CheckOutcome.Fail => "Failed",
        CheckOutcome.Skipped => "Not checked",
        _ => "Not run yet",
    };

    public static string AreaName(CheckArea area) => area switch
    {
        CheckArea.SalesforceConnection => "Salesforce connection",
        CheckArea.TikTokShop => "TikTok Shop",
        CheckArea.OrdersToSalesforce => "Orders to Salesforce",
        CheckArea.CatalogAndInventory => "Products and inventory",
        CheckArea.Fulfillment => "Fulfillment",
        CheckArea.OrderHealth => "Order health",
        _ => area.ToString(),
    };
}
