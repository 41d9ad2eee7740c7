using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Features.Support;

/// <summary>Configuration section <c>Support</c>.</summary>
public sealed class SupportOptions
{
    /// <summary>Where support requests are emailed, with the diagnostic bundle attached.</summary>
    [Required, EmailAddress]
    public string Email { get; set; } = "support@pipe17.com";

    /// <summary>How far back the bundle reads exceptions and failed sync runs (days), and how many of each at most.</summary>
    [Range(1, 90)]
    public int BundleDays { get; set; } = 7;

    [Range(1, 1000)]
    public int BundleMaxRows { get; set; } = 50;
}
