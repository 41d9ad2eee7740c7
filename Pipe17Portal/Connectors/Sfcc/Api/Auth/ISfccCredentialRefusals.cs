namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// Told when a flow's call finds its credentials refused after the connection was connected: Account Manager or the
/// Business Manager grant refused a token (not for a temporary reason), or SFCC answered 401 to a fresh token.
/// </summary>
public interface ISfccCredentialRefusals
{
    /// <param name="cause">Names the credential and the cause, e.g. "OCAPI client: Account Manager refused the client id or password (invalid_client): …".</param>
    Task RefusedAsync(SfccContext context, string cause, CancellationToken ct);

    /// <summary>
    /// SFCC answered 401 to a token Salesforce had just issued. Once can be a glitch (a token not yet known to every node);
    /// only several in a row, with no accepted call of that token kind in between, count as refused credentials.
    /// </summary>
    Task FreshTokenRefusedAsync(SfccContext context, SfccTokenKind kind, string cause, CancellationToken ct);

    /// <summary>A call of this token kind was accepted: any streak of refusals is over.</summary>
    void Accepted(SfccContext context, SfccTokenKind kind);
}
