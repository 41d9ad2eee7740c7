namespace Pipe17Portal.Connectors.TikTokShop.Api;

public sealed class TikTokApiOptions
{
    /// <summary>
    /// Where the portal reaches its sandbox (the portal sets it from configuration or its own listening address); null
    /// allows TikTok's own hosts only. A function because the listening address is known only once the server has started.
    /// </summary>
    public Func<Uri>? SandboxBase { get; set; }
}
