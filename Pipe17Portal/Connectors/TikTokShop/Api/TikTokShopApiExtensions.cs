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
        services.TryAddTransient<TikTokGuardHandler>();
        services.AddOptions<TikTokApiOptions>();
        services.TryAddTransient<TikTokAnswerBuffer>();
        services.AddOptions<TikTokHttpOptions>(); // bound to TikTok:Http by AddTikTokShopConnector
        services.TryAddScoped<TikTokAuthClient>();
        services.TryAddScoped<TikTokTokenManager>();
        services.TryAddScoped<TikTokClientFactory>();

        // The address guard comes first (outermost), so a refused address is neither signed nor retried.
        // Signing is added after the resilience handler, so it runs inside it: every retry gets a fresh timestamp and sign.
        var reads = services.AddHttpClient(TikTokHttpClients.OpenApiReads);
        reads.AddHttpMessageHandler<TikTokGuardHandler>();
        reads.AddResilienceHandler("tiktok-reads", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: true));
        reads.AddHttpMessageHandler<TikTokSigningHandler>();
        reads.AddHttpMessageHandler<TikTokAnswerBuffer>();

        var writes = services.AddHttpClient(TikTokHttpClients.OpenApiWrites);
        writes.AddHttpMessageHandler<TikTokGuardHandler>();
        writes.AddResilienceHandler("tiktok-writes", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: false));
        writes.AddHttpMessageHandler<TikTokSigningHandler>();
        writes.AddHttpMessageHandler<TikTokAnswerBuffer>();

        var auth = services.AddHttpClient(TikTokHttpClients.Auth);
        auth.AddHttpMessageHandler<TikTokGuardHandler>();
        auth.AddResilienceHandler("tiktok-auth", (pipeline, context) => TikTokResilience.Configure(pipeline, context.ServiceProvider, retryFailures: false));
        auth.AddHttpMessageHandler<TikTokAnswerBuffer>();
        return services;
    }
}
