using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Connectors.Sfcc.Credentials;

/// <summary>
/// One API client's test: whether Account Manager issued it a token, and if so which of the asked scopes it is not allowed
/// (named one by one); if not, why (<see cref="SfccCredentialFault"/>) and what Account Manager said.
/// </summary>
public sealed record SfccClientTest(SfccApiClientSlot Slot, string ClientId, SfccCredentialFault Fault, IReadOnlyList<string> MissingScopes, SfccError? Error)
{
    /// <summary>The client authenticates (scopes may still be missing).</summary>
    public bool Authenticates => Fault is SfccCredentialFault.None or SfccCredentialFault.MissingScopes;

    public bool Passed => Fault == SfccCredentialFault.None && MissingScopes.Count == 0;

    public string Describe() => Fault switch
    {
        SfccCredentialFault.None when MissingScopes.Count == 0 => $"{Slot.Label()} {ClientId}: Account Manager issued a token.",
        SfccCredentialFault.None or SfccCredentialFault.MissingScopes => $"{Slot.Label()} {ClientId}: not allowed {string.Join(", ", MissingScopes)}.",
        _ => SfccCredentialFaults.Describe($"{Slot.Label()} {ClientId}", Fault, Error!),
    };

    public string Fix() => Authenticates
        ? $"In Account Manager → API Client → {ClientId} → Allowed Scopes, add {string.Join(" ", MissingScopes)}, save, and click Connect again."
        : SfccCredentialFaults.Fix(Slot.Label(), ClientId, Fault);
}
