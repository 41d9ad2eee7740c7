using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>The portal with the sandbox on, webhooks going to a recorder, and webhook retries in milliseconds.</summary>
public class TikTokFactory : PortalFactory
{
    public WebhookRecorder Webhooks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:TikTok:WebhookRetrySchedule", "00:00:00.150,00:00:00.450,00:00:00.900");
        builder.ConfigureTestServices(services => services.AddHttpClient("sandbox-tiktok-webhooks").ConfigurePrimaryHttpMessageHandler(() => Webhooks));
    }
}
