namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// Told when a flow's call finds its credentials refused after the connection was connected: Account Manager or the
/// Business Manager grant refused a token (not for a temporary reason), or SFCC answered 401 to a fresh token.
/// </summary>
public interface ISfccCredentialRefusals
{
    /// <param name="cause">Names the credential and the cause, e.g. "OCAPI client: Account Manager refused the client id or password (invalid_client): …".</param>
    Task RefusedAsync(SfccContext context, string cause, CancellationToken ct);
}
