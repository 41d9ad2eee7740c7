namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The shop regions a TikTok Shop connection can be set to (the form's choices and the server's check).</summary>
public static class TikTokRegions
{
    public static readonly IReadOnlyList<string> All = ["US", "GB", "DE", "FR", "IT", "ES", "IE", "JP", "MX", "BR", "ID", "MY", "PH", "SG", "TH", "VN"];
}
