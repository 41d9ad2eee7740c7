using Pipe17Portal.Connectors.Sfcc.Api.Auth;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>The connection's tokens, for the Connect checks: obtain each kind explicitly and see which scopes it carries.</summary>
public sealed class SfccTokens(SfccContext context, SfccTokenService service)
{
    /// <summary>Account Manager client_credentials of the B2C API client (SCAPI admin, OCI).</summary>
    public Task<SfccResult<SfccAccessToken>> GetAccountManagerTokenAsync(bool fresh = false, CancellationToken ct = default) =>
        GetAsync(SfccTokenKind.AccountManager, fresh, ct);

    /// <summary>An Account Manager token for exactly these API scopes (plus the tenant scope), e.g. to test which a client is allowed.</summary>
    public Task<SfccResult<SfccAccessToken>> GetAccountManagerTokenAsync(IReadOnlyList<string> scopes, bool fresh = false, CancellationToken ct = default) =>
        fresh
            ? service.GetNewAsync(context, SfccTokenKind.AccountManager, ct, scopes)
            : service.GetAsync(context, SfccTokenKind.AccountManager, ct, scopes);

    /// <summary>SLAS private-client guest token (Shopper APIs).</summary>
    public Task<SfccResult<SfccAccessToken>> GetShopperTokenAsync(bool fresh = false, CancellationToken ct = default) =>
        GetAsync(SfccTokenKind.Shopper, fresh, ct);

    /// <summary>OCAPI Business Manager user grant (OCAPI Shop as an agent, OCAPI Data).</summary>
    public Task<SfccResult<SfccAccessToken>> GetBusinessManagerTokenAsync(bool fresh = false, CancellationToken ct = default) =>
        GetAsync(SfccTokenKind.BusinessManager, fresh, ct);

    public Task<SfccResult<SfccAccessToken>> GetAsync(SfccTokenKind kind, bool fresh = false, CancellationToken ct = default) =>
        fresh ? service.GetNewAsync(context, kind, ct) : service.GetAsync(context, kind, ct);

    /// <summary>The scopes the portal needs from the B2C API client, tenant scope included.</summary>
    public IReadOnlyList<string> RequiredAccountManagerScopes => [SfccScopes.TenantScope(context.Credentials), .. service.AccountManagerScopes];
}
