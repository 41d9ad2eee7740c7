namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Named HttpClients; each has its own resilience pipeline (see <see cref="TikTokResilience"/>).</summary>
public static class TikTokHttpClients
{
    /// <summary>Reads, searches and idempotent writes (webhook PUT/DELETE): retried on 429, 5xx and timeouts.</summary>
    public const string OpenApiReads = "TikTokShop.OpenApi.Reads";

    /// <summary>Writes that must not be applied twice (ship, inventory): retried only on 429, which TikTok answers before doing anything.</summary>
    public const string OpenApiWrites = "TikTokShop.OpenApi.Writes";

    /// <summary>Token get/refresh on the auth host: a reused auth code or refresh token fails, so only 429 is retried.</summary>
    public const string Auth = "TikTokShop.Auth";
}
