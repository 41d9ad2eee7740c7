using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>
/// Tests a connection's credentials against Salesforce, the same way for Connect and for the troubleshooting checks: an
/// Account Manager token for an API client with the scopes asked (a refused scope is found by asking for each alone,
/// because Account Manager refuses the whole request for one it does not allow), and the Business Manager user grant.
/// Always fetches new tokens: a cached one would hide a password changed since.
/// </summary>
public sealed class SfccCredentialTester(SfccClientFactory clients)
{
    public async Task<SfccClientTest> TestClientAsync(SfccContext context, SfccApiClientSlot slot, IReadOnlyList<string> scopes, CancellationToken ct)
    {
        var clientId = slot.ClientId(context.Credentials);
        var tokens = clients.For(slot.As(context)).Tokens;
        var token = await tokens.GetAccountManagerTokenAsync(scopes, fresh: true, ct);
        if (token.IsSuccess)
        {
            var lacking = token.Data.Missing(scopes);
            return new SfccClientTest(slot, clientId, lacking.Count == 0 ? SfccCredentialFault.None : SfccCredentialFault.MissingScopes, lacking, null);
        }
        var fault = SfccCredentialFaults.Classify(token.Error);
        if (fault != SfccCredentialFault.MissingScopes || scopes.Count == 0)
        {
            return new SfccClientTest(slot, clientId, fault, [], token.Error);
        }
        var missing = new List<string>();
        foreach (var scope in scopes)
        {
            var one = await tokens.GetAccountManagerTokenAsync([scope], fresh: true, ct);
            if (!one.IsSuccess && SfccCredentialFaults.Classify(one.Error) is var why && why != SfccCredentialFault.MissingScopes)
            {
                // The client itself stopped working between two requests (or Salesforce went away): report that instead.
                return new SfccClientTest(slot, clientId, why, [], one.Error);
            }
            if (!one.IsSuccess || one.Data.Missing([scope]).Count > 0)
            {
                missing.Add(scope);
            }
        }
        return new SfccClientTest(slot, clientId, SfccCredentialFault.MissingScopes, missing.Count > 0 ? missing : scopes, token.Error);
    }

    /// <summary>The Business Manager user grant through the OCAPI client: null when it works, else the fault and the error.</summary>
    public async Task<(SfccCredentialFault Fault, SfccError Error)?> TestBusinessManagerUserAsync(SfccContext context, CancellationToken ct)
    {
        var grant = await clients.For(context).Tokens.GetBusinessManagerTokenAsync(fresh: true, ct);
        return grant.IsSuccess ? null : (SfccCredentialFaults.Classify(grant.Error), grant.Error);
    }
}
