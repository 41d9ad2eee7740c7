using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>
/// Reads a token refusal: which <see cref="SfccCredentialFault"/> it is and a sentence naming the credential and the cause.
/// Account Manager answers <c>invalid_client</c> whether the id is unknown, the client disabled or the password wrong; its
/// <c>error_description</c> sometimes says more (the sandbox always does), and when it does not the sentence says
/// "client id or password" rather than guess.
/// </summary>
public static class SfccCredentialFaults
{
    public static SfccCredentialFault Classify(SfccError error)
    {
        if (error.Kind is SfccErrorKind.Network or SfccErrorKind.Transient or SfccErrorKind.RateLimited or SfccErrorKind.AddressRefused or SfccErrorKind.InvalidResponse)
        {
            return SfccCredentialFault.Unreachable;
        }
        var type = error.ProblemType ?? error.FaultType;
        var text = error.Message ?? "";
        return type switch
        {
            "invalid_client" when Says(text, "disabled") || Says(text, "inactive") => SfccCredentialFault.ClientDisabled,
            // Before "secret": the method's name (client_secret_post) contains the word.
            "invalid_client" when Says(text, "auth method") || Says(text, "authentication method") => SfccCredentialFault.WrongAuthMethod,
            "invalid_client" when Says(text, "unknown client") || Says(text, "not found") => SfccCredentialFault.UnknownClient,
            "invalid_client" when Says(text, "secret") || Says(text, "password") => SfccCredentialFault.WrongPassword,
            "invalid_client" => SfccCredentialFault.WrongIdOrPassword,
            "invalid_scope" => SfccCredentialFault.MissingScopes,
            "invalid_grant" => SfccCredentialFault.WrongUser,
            "access_denied" => SfccCredentialFault.MissingRole,
            _ when error.HttpStatus == 403 => SfccCredentialFault.MissingRole,
            _ when error.HttpStatus == 401 => SfccCredentialFault.WrongIdOrPassword,
            _ => SfccCredentialFault.Other,
        };
    }

    /// <summary>Which credential a refused Business Manager user grant is about: the user, or the OCAPI client it goes through.</summary>
    public static string GrantCredential(SfccCredentialFault fault, string bmUser, string ocapiClientId) =>
        fault is SfccCredentialFault.WrongUser or SfccCredentialFault.MissingRole ? $"Business Manager user {bmUser}" : $"OCAPI client {ocapiClientId} (Business Manager user grant)";

    /// <summary>True when the fault means the stored credentials (or the client's setup) are wrong, not that SFCC was briefly away.</summary>
    public static bool IsRefusal(SfccCredentialFault fault) => fault is not (SfccCredentialFault.None or SfccCredentialFault.Unreachable);

    /// <summary>E.g. "OCAPI client: Account Manager refused the client id or password (invalid_client): Client authentication failed."</summary>
    public static string Describe(string credential, SfccCredentialFault fault, SfccError error)
    {
        var type = error.ProblemType ?? error.FaultType;
        var said = $"({type ?? $"HTTP {error.HttpStatus}"}): {error.Message}";
        return fault switch
        {
            SfccCredentialFault.WrongPassword => $"{credential}: Account Manager refused the password {said}.",
            SfccCredentialFault.UnknownClient => $"{credential}: Account Manager does not know this client id {said}.",
            SfccCredentialFault.ClientDisabled => $"{credential}: the client is disabled in Account Manager {said}.",
            SfccCredentialFault.WrongAuthMethod => $"{credential}: Account Manager refused how the portal authenticates (client_secret_post) {said}.",
            SfccCredentialFault.WrongIdOrPassword => $"{credential}: Account Manager refused the client id or password {said}.",
            SfccCredentialFault.MissingScopes => $"{credential}: Account Manager refused a scope the portal needs {said}.",
            SfccCredentialFault.WrongUser => $"{credential}: Business Manager refused the user name or password {said}.",
            SfccCredentialFault.MissingRole => $"{credential}: the Business Manager user may not use OCAPI (a role is missing) {said}.",
            SfccCredentialFault.Unreachable => $"{credential}: Salesforce did not answer usably {said}; this is usually temporary.",
            _ => $"{credential}: refused {said}.",
        };
    }

    /// <summary>What the merchant does about it, in Account Manager or Business Manager.</summary>
    public static string Fix(string credential, string clientId, SfccCredentialFault fault) => fault switch
    {
        SfccCredentialFault.WrongPassword => $"Enter the {credential} password again (Account Manager → API Client → {clientId} shows no password: set a new one there if it is lost), save, and click Connect.",
        SfccCredentialFault.UnknownClient => $"Copy the {credential} id from Account Manager → API Client (it is the long id, not the display name), save, and click Connect.",
        SfccCredentialFault.ClientDisabled => $"Enable the client in Account Manager → API Client → {clientId}, then click Connect.",
        SfccCredentialFault.WrongAuthMethod => $"In Account Manager → API Client → {clientId}, set Token Endpoint Auth Method to client_secret_post (setup guide Step 1), save, and click Connect.",
        SfccCredentialFault.WrongIdOrPassword => $"Check the {credential} id and password against Account Manager → API Client → {clientId}, and that the client is enabled; save and click Connect.",
        SfccCredentialFault.WrongUser => "Enter the Business Manager user name and password (or access key) again, save, and click Connect.",
        SfccCredentialFault.MissingRole => "In Business Manager → Administration → Organization → Roles & Permissions, give the user a role allowed to use OCAPI, then click Connect.",
        SfccCredentialFault.Unreachable => "Run the check again in a few minutes; if it keeps failing, check the connection's Short Code and OCAPI URL.",
        _ => $"Check the {credential} in Account Manager and on the connection page, then click Connect.",
    };

    private static bool Says(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
