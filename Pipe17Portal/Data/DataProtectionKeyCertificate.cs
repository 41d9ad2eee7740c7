using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Pipe17Portal.Data;

/// <summary>
/// Encrypts the Data Protection key ring with a certificate (`DataProtection:CertificatePath`, a PFX file, and
/// `DataProtection:CertificatePassword`). The keys live in the same SQLite file as the secrets they protect, so without
/// this a copy of the database decrypts every stored credential and can forge sign-in cookies.
/// `DataProtection:PreviousCertificatePath` / `PreviousCertificatePassword` keep keys written under the last certificate readable while rotating.
/// </summary>
public static class DataProtectionKeyCertificate
{
    public const string PathKey = "DataProtection:CertificatePath";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[PathKey]);

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return builder;
        }
        var current = Load(configuration, PathKey, "DataProtection:CertificatePassword");
        builder.ProtectKeysWithCertificate(current);
        if (!string.IsNullOrWhiteSpace(configuration["DataProtection:PreviousCertificatePath"]))
        {
            builder.UnprotectKeysWithAnyCertificate(current, Load(configuration, "DataProtection:PreviousCertificatePath", "DataProtection:PreviousCertificatePassword"));
        }
        return builder;
    }

    private static X509Certificate2 Load(IConfiguration configuration, string pathKey, string passwordKey)
    {
        var path = configuration[pathKey]!.Trim();
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{pathKey} is '{path}', but no file is there. Point it at a PFX file with the certificate and its private key, or remove the setting.");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[passwordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{pathKey} '{path}' could not be opened ({e.Message}). Check that it is a PFX file and that {passwordKey} is its password.", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{pathKey} '{path}' holds no private key, so the keys it encrypts could not be read back. Export the certificate with its private key.");
        }
        return certificate;
    }
}
