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

    /// <summary>Null when the client exists, is enabled and the secret matches.</summary>
    public static string? Of(SfccApiClient? client, SandboxAccount? account, string secret) =>
        client is null || account is null ? Unknown
        : client.Disabled ? Disabled
        : SfccSeeder.Secret(account, client.ClientId) != secret ? WrongSecret
        : null;
}
