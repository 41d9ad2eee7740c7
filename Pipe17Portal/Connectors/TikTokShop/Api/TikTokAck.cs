namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>TikTok accepted the call (<c>code: 0</c>) and answered nothing further.</summary>
public sealed record TikTokAck
{
    public static TikTokAck Instance { get; } = new();
}
