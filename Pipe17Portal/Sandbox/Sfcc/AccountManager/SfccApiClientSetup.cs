namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// The Account Manager settings of an API client other than its scopes, with the values the setup guide's Step 1 gives
/// all three clients (role Salesforce Commerce API, default scopes, token endpoint auth method, access token format).
/// </summary>
public static class SfccApiClientSetup
{
    public const string GuideDefaultScopes = "mail roles tenantFilter profile openId";

    /// <summary>The client sends client_id and client_secret as form fields (the guide's choice).</summary>
    public const string ClientSecretPost = "client_secret_post";

    /// <summary>The client sends its id and secret with HTTP Basic.</summary>
    public const string ClientSecretBasic = "client_secret_basic";

    public const string Jwt = "JWT";

    /// <summary>The methods the emulator can check; Account Manager also knows private_key_jwt and none, which it does not emulate.</summary>
    public static readonly IReadOnlyList<string> AuthMethods = [ClientSecretPost, ClientSecretBasic];

    /// <summary>The method a token request used: Basic when an Authorization: Basic header came, else the form fields.</summary>
    public static string MethodOf(SfccClientCredentials credentials) => credentials.FromBasic ? ClientSecretBasic : ClientSecretPost;
}
