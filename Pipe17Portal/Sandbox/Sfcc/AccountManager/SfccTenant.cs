using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

public static class SfccTenant
{
    /// <summary>The tenant id is the organization id without "f_ecom_", e.g. f_ecom_zzte_053 → zzte_053.</summary>
    public static string Of(SandboxAccount account) =>
        account.SfccOrganizationId.StartsWith("f_ecom_", StringComparison.Ordinal) ? account.SfccOrganizationId["f_ecom_".Length..] : account.SfccOrganizationId;
}
