using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;
using Pipe17Portal.Connectors.TikTokShop.Api.Signing;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

public static class TikTokShopApiExtensions
{
    /// <summary>The TikTok Shop API client. The portal registers its own <see cref="ITikTokTokenStore"/>.</summary>
    public static IServiceCollection AddTikTokShopApi(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TikTokRefreshLocks>();
        services.TryAddSingleton<TikTokRefusalStreaks>();
        services.TryAddTransient<TikTokSigningHandler>();
        services.TryAddScoped<TikTokAuthClient>();
        services.TryAddScoped<TikTokTokenManager>();
        services.TryAddScoped<TikTokClientFactory>();

        // Added after the resilience handler, so signing runs inside it: every retry gets a fresh timestamp and sign.
        var reads = services.AddHttpClient(TikTokHttpClients.OpenApiReads);
        reads.AddResilienceHandler("tiktok-reads", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: true));
        reads.AddHttpMessageHandler<TikTokSigningHandler>();

        var writes = services.AddHttpClient(TikTokHttpClients.OpenApiWrites);
        writes.AddResilienceHandler("tiktok-writes", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: false));
        writes.AddHttpMessageHandler<TikTokSigningHandler>();

        services.AddHttpClient(TikTokHttpClients.Auth)
            .AddResilienceHandler("tiktok-auth", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: false));
        return services;
    }
}
