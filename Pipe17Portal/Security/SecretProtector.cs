using Microsoft.AspNetCore.DataProtection;

namespace Pipe17Portal.Security;

/// <summary>
/// Encrypts connector credentials at rest with Data Protection (keys kept in the portal database). Connectors store
/// only what this returns and never send the plain value back to the browser.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Pipe17Portal.ConnectionSecrets.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedValue) => protector.Unprotect(protectedValue);
}
