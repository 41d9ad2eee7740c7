namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>`Sandbox:TikTok`: how the TikTok Shop emulator throttles, expires codes and retries webhooks.</summary>
public sealed class TikTokOptions
{
    /// <summary>Calls per second allowed per app + shop + API path before HTTP 429 / 36009002; an account can override it.</summary>
    public int RateLimitPerSecond { get; set; } = 50;

    /// <summary>Comma-separated delays (TimeSpan format) between a failed webhook delivery and its next attempt.</summary>
    public string WebhookRetrySchedule { get; set; } = "00:02:00,00:30:00,03:00:00,12:00:00";

    /// <summary>How long an authorization code from the consent page can be exchanged for a token.</summary>
    public TimeSpan AuthCodeLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the "timeout" fault holds a call before answering 504 / 36009007.</summary>
    public TimeSpan FaultTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Origins (scheme://host[:port]) besides the portal's own that a webhook subscription may target, any path: for a test
    /// that records deliveries. The portal's own webhook path needs no entry.
    /// </summary>
    public List<string> AllowedWebhookOrigins { get; set; } = [];

    public IReadOnlyList<TimeSpan> WebhookRetryDelays() =>
        [.. WebhookRetrySchedule.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => TimeSpan.Parse(d, System.Globalization.CultureInfo.InvariantCulture))];
}
