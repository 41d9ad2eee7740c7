using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop.Webhooks;

/// <summary>Configuration section <c>TikTok:Webhooks</c>: how old a webhook may be before the portal refuses it.</summary>
public sealed class TikTokWebhookOptions
{
    public const string Section = "TikTok:Webhooks";

    /// <summary>
    /// A webhook whose <c>timestamp</c> is further than this from the portal's clock (either way) is refused. At most 12 hours,
    /// so it always stays well inside the 7 days webhook receipts are kept (see <see cref="TikTokWebhookReplay"/>).
    /// </summary>
    [Range(1, 720)]
    public int TimestampToleranceMinutes { get; set; } = 15;
}
