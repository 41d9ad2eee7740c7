using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>How long an order may sit at each stage before the stuck-orders check names it (section <c>Troubleshooting:StuckOrders</c>).</summary>
public sealed class StuckOrderOptions
{
    public const string Section = "Troubleshooting:StuckOrders";

    /// <summary>Ready for fulfillment (its hold over) but not yet created in Salesforce.</summary>
    [Range(1, 7 * 24 * 60)]
    public int NotInSalesforceMinutes { get; set; } = 30;

    /// <summary>Created in Salesforce but no shipping request has come back.</summary>
    [Range(1, 30 * 24)]
    public int NoShippingRequestHours { get; set; } = 24;

    /// <summary>Shipped in Salesforce but the tracking is not confirmed on TikTok Shop.</summary>
    [Range(1, 7 * 24 * 60)]
    public int TrackingNotOnTikTokMinutes { get; set; } = 60;

    /// <summary>Past its threshold an order is late (a warning); past this many times the threshold it is stuck (a failure).</summary>
    [Range(1, 100)]
    public int StuckFactor { get; set; } = 4;

    /// <summary>Examples named per stage.</summary>
    [Range(1, 50)]
    public int Examples { get; set; } = 5;
}
