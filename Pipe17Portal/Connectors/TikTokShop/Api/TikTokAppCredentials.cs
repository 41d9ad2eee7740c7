namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed record TikTokAppCredentials(string AppKey, string AppSecret, string ServiceId);
