namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>Why Salesforce refused a credential, as far as its answer tells.</summary>
public enum SfccCredentialFault
{
    None,
    /// <summary>The client exists but the password is not its password.</summary>
    WrongPassword,
    /// <summary>Account Manager knows no client with this id.</summary>
    UnknownClient,
    /// <summary>The client is set to another Token Endpoint Auth Method than client_secret_post, which the portal uses (setup guide Step 1).</summary>
    WrongAuthMethod,
    /// <summary>The client is disabled in Account Manager.</summary>
    ClientDisabled,
    /// <summary>invalid_client without saying which: the real Account Manager answers this for every cause.</summary>
    WrongIdOrPassword,
    /// <summary>The client is not allowed a scope the portal asks for (invalid_scope).</summary>
    MissingScopes,
    /// <summary>The Business Manager user name or password (or access key) is wrong (invalid_grant).</summary>
    WrongUser,
    /// <summary>The Business Manager user has no role allowed to use OCAPI (access_denied / 403).</summary>
    MissingRole,
    /// <summary>No usable answer: network, timeout, 5xx, 429. Temporary: never a reason to mark the connection Error.</summary>
    Unreachable,
    /// <summary>Refused for another reason; the error says which.</summary>
    Other,
}
