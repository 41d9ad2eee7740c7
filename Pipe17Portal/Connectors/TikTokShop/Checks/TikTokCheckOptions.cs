using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>Thresholds of the TikTok Shop troubleshooting checks (configuration section <c>Troubleshooting:TikTok</c>).</summary>
public sealed class TikTokCheckOptions
{
    public const string Section = "Troubleshooting:TikTok";

    /// <summary>A refresh token that expires within this many days is a warning: the shop must be authorized again before then.</summary>
    [Range(1, 365)]
    public int TokenWarnDays { get; set; } = 7;

    /// <summary>No order imported for this many hours while the order pull is on is a warning (a quiet shop, or orders not arriving).</summary>
    [Range(1, 24 * 90)]
    public int QuietOrderHours { get; set; } = 72;

    /// <summary>Webhook deliveries are counted over this many hours.</summary>
    [Range(1, 24 * 30)]
    public int WebhookWindowHours { get; set; } = 24;
}
