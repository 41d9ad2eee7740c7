namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>What the error explanations need to know about a call: which API, which scope, which client.</summary>
/// <param name="Endpoint">Method and path template, e.g. <c>GET /checkout/orders/v1/organizations/{org}/orders</c>.</param>
/// <param name="Api">"SCAPI", "OCAPI Shop", "OCAPI Data", "Account Manager", "SLAS", "OCAPI BM grant".</param>
/// <param name="Scope">The SCAPI scope the endpoint needs (e.g. <c>sfcc.orders</c>); null for OCAPI.</param>
/// <param name="ClientId">The API client the token belongs to, named in the instructions.</param>
internal sealed record SfccCallSite(string Endpoint, string Api, string? Scope, string? ClientId);
