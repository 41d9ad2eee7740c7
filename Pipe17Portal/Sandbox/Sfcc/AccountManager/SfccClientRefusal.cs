using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// Why Account Manager refuses a client's credentials, as the error_description of its 401 invalid_client. The real
/// Account Manager answers "Client authentication failed" for every cause; the emulator names the cause (unknown client,
/// disabled client, wrong secret) in that description so tests and merchants can tell which one they broke, while the
/// portal classifies by the description and falls back to "wrong client id or password" for the real wording.
/// </summary>
public static class SfccClientRefusal
{
    public const string Unknown = "Client authentication failed: Unknown client_id";
    public const string Disabled = "Client authentication failed: the client is disabled";
    public const string WrongSecret = "Client authentication failed: wrong client secret";

    /// <summary>Null when the client exists, is enabled, authenticated the way it is configured to, and the secret matches.</summary>
    /// <param name="method">How the request authenticated (client_secret_post or client_secret_basic); null where the
    /// protocol fixes it (the Business Manager grant always carries the OCAPI client's secret in Basic).</param>
    public static string? Of(SfccApiClient? client, SandboxAccount? account, string secret, string? method = null) =>
        client is null || account is null ? Unknown
        : client.Disabled ? Disabled
        : method is not null && method != client.TokenEndpointAuthMethod ? WrongMethod(client.TokenEndpointAuthMethod, method)
        : SfccSeeder.Secret(account, client.ClientId) != secret ? WrongSecret
        : null;

    /// <summary>Account Manager authenticates a client only by the Token Endpoint Auth Method set on it.</summary>
    public static string WrongMethod(string configured, string used) =>
        $"Client authentication failed: the client's Token Endpoint Auth Method is {configured}, but the request used {used} " +
        (configured == SfccApiClientSetup.ClientSecretPost
            ? "(send client_id and client_secret as form fields, not HTTP Basic)."
            : "(send the id and secret with HTTP Basic, not as form fields).");
}
