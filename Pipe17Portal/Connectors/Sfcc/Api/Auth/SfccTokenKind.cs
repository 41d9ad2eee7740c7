namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

public enum SfccTokenKind
{
    /// <summary>Account Manager client_credentials of the B2C API client: SCAPI admin APIs and OCI.</summary>
    AccountManager,
    /// <summary>SLAS private-client guest token: Shopper APIs.</summary>
    Shopper,
    /// <summary>OCAPI Business Manager user grant: OCAPI Shop (as an agent) and OCAPI Data.</summary>
    BusinessManager,
}
