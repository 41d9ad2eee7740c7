using Pipe17Portal.Data;

namespace Pipe17Portal.Security;

/// <summary>Says at start, in Production, which protections the configuration leaves off.</summary>
public sealed class StartupSecurityWarnings(IHostEnvironment environment, IConfiguration configuration, ILogger<StartupSecurityWarnings> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && !DataProtectionKeyCertificate.IsConfigured(configuration))
        {
            logger.LogWarning(
                "Data Protection keys are stored unencrypted in the portal database: anyone with a copy of it can decrypt the stored SFCC and TikTok " +
                "secrets and forge sign-in cookies. Set {PathKey} (a PFX file) and DataProtection:CertificatePassword; see SECURITY.md.",
                DataProtectionKeyCertificate.PathKey);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
