using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary><c>TikTok:FulfillmentPush</c>: the schedule that catches what the instant wake-up missed, and the parallelism.</summary>
public sealed class FulfillmentPushOptions
{
    public const string Section = "TikTok:FulfillmentPush";

    /// <summary>How often the push runs on its own; new fulfillments wake it at once in between.</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>
    /// Fulfillments worked on at once per shop. Their order reads and ships are coalesced into shared calls (TikTok's rate
    /// limits are per shop and per route), so more at once fill the batches rather than queue behind the limit.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>How long an order read or a ship waits for others of the same shop to share its TikTok call.</summary>
    [Range(0, 1000)]
    public int BatchWindowMilliseconds { get; set; } = 10;
}
