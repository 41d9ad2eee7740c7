using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary><c>TikTok:FulfillmentPush</c>: the schedule that catches what the instant wake-up missed, and the parallelism.</summary>
public sealed class FulfillmentPushOptions
{
    public const string Section = "TikTok:FulfillmentPush";

    /// <summary>How often the push runs on its own; new fulfillments wake it at once in between.</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>Packages shipped at once per shop (TikTok's rate limits are per shop and per endpoint).</summary>
    [Range(1, 32)]
    public int MaxConcurrency { get; set; } = 8;
}
