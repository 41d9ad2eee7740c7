namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <param name="B2cClientId">Account Manager API client used for SCAPI admin calls (client_credentials).</param>
/// <param name="ShopClientId">SLAS private client used for Shopper APIs.</param>
/// <param name="OcapiClientId">OCAPI client id of the Business Manager user grant (OCAPI Shop as an agent, OCAPI Data).</param>
/// <param name="BmPassword">The Business Manager password, or an access key with scope <c>AGENT_USER_AND_OCAPI</c> for SSO users.</param>
/// <param name="OcapiVersion">OCAPI version without the <c>v</c>, e.g. <c>23_2</c>.</param>
public sealed record SfccCredentials(
    string ShortCode,
    string OrganizationId,
    string SiteId,
    string B2cClientId,
    string B2cClientPassword,
    string ShopClientId,
    string ShopClientPassword,
    string OcapiClientId,
    string OcapiClientPassword,
    string BmUser,
    string BmPassword,
    string OcapiVersion)
{
    /// <summary>The org id without <c>f_ecom_</c>, e.g. <c>zzte_053</c>: the tenant in <c>SALESFORCE_COMMERCE_API:{tenant}</c>.</summary>
    public string TenantId => OrganizationId.StartsWith("f_ecom_", StringComparison.OrdinalIgnoreCase) ? OrganizationId["f_ecom_".Length..] : OrganizationId;

    // Secrets stay out of logs and exception messages.
    public override string ToString() => $"SfccCredentials {{ ShortCode = {ShortCode}, OrganizationId = {OrganizationId}, SiteId = {SiteId} }}";
}
