using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Data;

/// <summary>The portal with a key-encryption certificate (a fresh self-signed one in a password-protected PFX file).</summary>
public sealed class KeyCertificateFactory : PortalFactory
{
    public const string CertificatePassword = "pfx-Pass-1";
    public readonly string CertificatePath = Path.Combine(Path.GetTempPath(), $"p17-keys-{Guid.NewGuid():N}.pfx");

    public KeyCertificateFactory()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Pipe17 Portal data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:CertificatePath", CertificatePath);
        builder.UseSetting("DataProtection:CertificatePassword", CertificatePassword);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(CertificatePath);
    }
}

public class DataProtectionCertificateTests(KeyCertificateFactory factory) : IClassFixture<KeyCertificateFactory>
{
    [Fact]
    public async Task WithACertificateTheStoredKeysAreEncryptedAndStillWork()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var sealedText = protector.Protect("a client secret");

        var keys = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains("EncryptedData", k.Xml);
            Assert.DoesNotContain("unencrypted form", k.Xml);
        });
        // A restarted portal (a second host on the same database) reads the encrypted key ring back with the certificate.
        using var restarted = factory.WithWebHostBuilder(_ => { });
        Assert.Equal("a client secret", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
    }
}

/// <summary>A certificate path that does not exist stops start-up with a message naming the setting.</summary>
public sealed class MissingKeyCertificateFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:CertificatePath", "/nowhere/keys.pfx");
    }
}

public class MissingDataProtectionCertificateTests(MissingKeyCertificateFactory factory) : IClassFixture<MissingKeyCertificateFactory>
{
    [Fact]
    public void AMissingCertificateStopsStartUpWithAClearMessage()
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("DataProtection:CertificatePath", error.ToString());
        Assert.Contains("/nowhere/keys.pfx", error.ToString());
    }
}
