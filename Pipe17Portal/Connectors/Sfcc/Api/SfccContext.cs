namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <param name="IsSandbox">True when the endpoints are the portal's own emulator: then only that base may be called.</param>
public sealed record SfccContext(Guid ConnectionId, SfccEndpoints Endpoints, SfccCredentials Credentials, bool IsSandbox)
{
    /// <summary>
    /// True for a flow's client (pulls, the order push): a credential Salesforce refuses then turns the connection to
    /// Error (<see cref="Auth.ISfccCredentialRefusals"/>). Connect, the pages and the checks only report what they find.
    /// </summary>
    public bool IsFlow { get; init; }
}
