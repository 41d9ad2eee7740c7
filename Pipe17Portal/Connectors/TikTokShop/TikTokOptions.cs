using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop;

/// <summary>Configuration section <c>TikTok</c>: how often the TikTok flows run on their own.</summary>
public sealed class TikTokOptions
{
    /// <summary>How often each connected shop is polled for changed orders (webhooks bring orders in between).</summary>
    [Range(1, 1440)]
    public int OrderPullIntervalMinutes { get; set; } = 5;

    /// <summary>How often the inventory push runs on its own: retries and anything a change signal missed.</summary>
    [Range(5, 3600)]
    public int InventoryPushIntervalSeconds { get; set; } = 60;
}
