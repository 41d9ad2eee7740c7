using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Tests.Infrastructure;
using System.Net;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>The portal with the sandbox on, webhooks going to a recorder, and webhook retries in milliseconds.</summary>
public class TikTokFactory : PortalFactory
{
    /// <summary>The merchant's webhook endpoint: records every delivery and answers 200 unless a test plans otherwise.</summary>
    public ScriptedHttpHandler Webhooks { get; } = new ScriptedHttpHandler().Otherwise(HttpStatusCode.OK);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:TikTok:WebhookRetrySchedule", "00:00:00.150,00:00:00.450,00:00:00.900");
        builder.UseSetting("Sandbox:TikTok:AllowedWebhookOrigins:0", "https://hooks.example.test");
        builder.ConfigureTestServices(services => services.AddHttpClient("sandbox-tiktok-webhooks").ConfigurePrimaryHttpMessageHandler(() => Webhooks));
    }
}
