using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Configuration section <c>TikTok:Http</c>: how long one call to TikTok may take, answer body included.</summary>
public sealed class TikTokHttpOptions
{
    public const string Section = "TikTok:Http";

    /// <summary>One attempt, from sending to the last byte of the answer (a trickling answer is cut off here).</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 30;

    /// <summary>All attempts of one call together, retries and their waits included.</summary>
    [Range(1, 3600)]
    public int TotalTimeoutSeconds { get; set; } = 120;

    /// <summary>Largest answer read; TikTok's biggest pages (50 order details) are a few hundred KB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxAnswerBytes { get; set; } = 16 * 1024 * 1024;
}
