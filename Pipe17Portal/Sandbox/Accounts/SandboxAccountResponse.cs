namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>A sandbox account as the control API returns it: every credential of both systems and where to reach them.</summary>
public sealed record SandboxAccountResponse(Guid Id, DateTimeOffset CreatedAt, SandboxTikTokCredentials Tiktok, SandboxSfccCredentials Sfcc)
{
    public static SandboxAccountResponse From(SandboxAccount a, string portalBaseUrl) => new(
        a.Id,
        a.CreatedAt,
        new SandboxTikTokCredentials(
            a.TikTokAppKey, a.TikTokAppSecret, a.TikTokServiceId, a.TikTokShopId, a.TikTokShopCipher, a.TikTokShopName, a.TikTokShopCode, a.TikTokRegion,
            $"{portalBaseUrl}/sandbox/tiktok/auth",
            $"{portalBaseUrl}/sandbox/tiktok/open-api",
            $"{portalBaseUrl}/sandbox/tiktok/services/open/authorize"),
        new SandboxSfccCredentials(
            a.SfccShortCode, a.SfccOrganizationId, a.SfccSiteId,
            a.SfccB2cClientId, a.SfccB2cClientPassword,
            a.SfccShopClientId, a.SfccShopClientPassword,
            a.SfccOcapiClientId, a.SfccOcapiClientPassword,
            a.SfccBmUser, a.SfccBmPassword,
            $"{portalBaseUrl}/sandbox/sfcc/am",
            $"{portalBaseUrl}/sandbox/sfcc/scapi",
            $"{portalBaseUrl}/sandbox/sfcc/instance",
            a.SfccOrganizationId,
            Pipe17Portal.Sandbox.Sfcc.State.SfccLocations.All(a)));
}

public sealed record SandboxTikTokCredentials(
    string AppKey,
    string AppSecret,
    string ServiceId,
    string ShopId,
    string ShopCipher,
    string ShopName,
    string ShopCode,
    string Region,
    string AuthBaseUrl,
    string OpenApiBaseUrl,
    string AuthorizeUrl);

public sealed record SandboxSfccCredentials(
    string ShortCode,
    string OrganizationId,
    string SiteId,
    string B2cApiClientId,
    string B2cApiClientPassword,
    string ShopApiClientId,
    string ShopApiClientPassword,
    string OcapiClientId,
    string OcapiClientPassword,
    string BusinessManagerUser,
    string BusinessManagerPassword,
    string AccountManagerBaseUrl,
    string ScapiBaseUrl,
    string OcapiBaseUrl,
    string OciTenantGroupId,
    IReadOnlyList<string> OciLocations);
