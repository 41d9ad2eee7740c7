namespace Pipe17Portal.Connectors.TikTokShop.Api.Auth;

/// <summary>Per connection, TikTok's refusals (105002) of access tokens it had just issued by a refresh.</summary>
public sealed class TikTokRefusalStreaks : RefusalStreaks<Guid>
{
    /// <summary>Refusals of fresh tokens in a row that make the connection need re-authorization.</summary>
    public const int ReauthorizeAfter = StopAfter;
}
