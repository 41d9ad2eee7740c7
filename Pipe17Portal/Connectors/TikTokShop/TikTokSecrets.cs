namespace Pipe17Portal.Connectors.TikTokShop;

/// <summary>Names under which a TikTok connection's secrets are stored (encrypted) in ConnectionSecrets.</summary>
public static class TikTokSecrets
{
    public const string AppSecret = "tiktok.app_secret";
    public const string Tokens = "tiktok.tokens";
}
