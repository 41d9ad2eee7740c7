using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Control;
using Pipe17Portal.Sandbox.TikTok.Gateway;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>Registers and mounts the TikTok Shop emulator: auth host, open-api host, consent page and its control API.</summary>
public static class TikTokSandboxExtensions
{
    public static IHostApplicationBuilder AddTikTokEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<TikTokOptions>(builder.Configuration.GetSection("Sandbox:TikTok"));
        builder.Services.AddSingleton<TikTokRateLimiter>();
        builder.Services.AddSingleton<TikTokFaultInjector>();
        builder.Services.AddSingleton<TikTokWebhookQueue>();
        builder.Services.AddSingleton<TikTokWebhookTargets>();
        builder.Services.AddScoped<TikTokGateway>();
        builder.Services.AddScoped<TikTokEventPublisher>();
        builder.Services.AddHttpClient(TikTokWebhookSender.ClientName);
        builder.Services.AddHostedService<TikTokWebhookSender>();
        return builder;
    }

    public static void MapTikTokEmulator(RouteGroupBuilder sandbox)
    {
        var tiktok = sandbox.MapGroup("/tiktok");
        TikTokTokenEndpoints.Map(tiktok.MapGroup("/auth"));
        TikTokConsentPage.Map(tiktok);
        // The API host answers straight from routing (ShortCircuit): it checks its own signatures and tokens and writes
        // its own errors, so the portal's cookie authentication, antiforgery and status pages have nothing to do on it.
        tiktok.MapMethods("/open-api/{**path}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            (HttpContext http, TikTokGateway gateway) => gateway.HandleAsync(http)).ShortCircuit();
        tiktok.MapMethods("/open-api", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            (HttpContext http, TikTokGateway gateway) => gateway.HandleAsync(http)).ShortCircuit();

        var control = sandbox.MapGroup("/_control/accounts/{id}/tiktok");
        TikTokSettingsControlEndpoints.Map(control);
        TikTokOrderControlEndpoints.Map(control);
        TikTokCarrierControlEndpoints.Map(control);
        TikTokCancelRequestControlEndpoints.Map(control);
        TikTokInventoryControlEndpoints.Map(control);
        Control.TikTokCatalogGenerator.Map(control);
    }
}
