using System.Security.Cryptography;

namespace Pipe17Portal.Connectors.TikTokShop.Webhooks;

/// <summary>
/// How a webhook is kept from acting twice. TikTok's signature has no timestamp in it, so a captured body stays validly
/// signed for ever; two rules together close that:
/// <list type="bullet">
/// <item>the payload's <c>timestamp</c> must be within <see cref="TikTokWebhookOptions.TimestampToleranceMinutes"/> (at most
/// 12 hours) of now, so a replay older than that is refused whatever the receipts say;</item>
/// <item>inside that window every accepted webhook leaves a receipt, kept 7 days by housekeeping (far longer than any window),
/// so a replay inside the window finds its receipt and is acknowledged without acting.</item>
/// </list>
/// Purging receipts therefore never reopens a replay: by the time a receipt is purged its webhook is stale. This keeps one
/// small table instead of a second, longer-lived store of hashes.
/// </summary>
public static class TikTokWebhookReplay
{
    /// <summary>Longest key stored as it is (the receipts column holds 100 characters).</summary>
    private const int MaxPlainKey = 64;

    /// <summary>
    /// TikTok's <c>tts_notification_id</c> when present and short; otherwise a hash of the signed body (older events have no id,
    /// and an odd id must not be able to overflow the column), so every accepted webhook can be recognised again.
    /// </summary>
    public static string Key(string? notificationId, ReadOnlySpan<byte> body) =>
        notificationId is { Length: > 0 and <= MaxPlainKey } id && !id.StartsWith("sha256:", StringComparison.Ordinal)
            ? id
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>True when <paramref name="timestamp"/> (Unix seconds) is within the tolerance of <paramref name="now"/>.</summary>
    public static bool IsFresh(long timestamp, DateTimeOffset now, TimeSpan tolerance)
    {
        var nowUnix = now.ToUnixTimeSeconds();
        var seconds = (long)tolerance.TotalSeconds;
        return timestamp >= nowUnix - seconds && timestamp <= nowUnix + seconds;
    }
}
