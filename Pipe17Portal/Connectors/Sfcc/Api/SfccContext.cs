namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <param name="IsSandbox">True when the endpoints are the portal's own emulator: then only that base may be called.</param>
public sealed record SfccContext(Guid ConnectionId, SfccEndpoints Endpoints, SfccCredentials Credentials, bool IsSandbox);
