using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Http;

namespace Pipe17Portal.Connectors.Sfcc.Api;

public static class SfccApiExtensions
{
    /// <summary>The SFCC API clients: <see cref="SfccClientFactory"/>.For(context) gives a connection's <see cref="SfccClient"/>.</summary>
    public static IServiceCollection AddSfccApi(this IServiceCollection services)
    {
        services.AddOptions<SfccApiOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SfccTokenService>();
        services.TryAddSingleton<SfccClientFactory>();
        services.TryAddTransient<SfccAnswerBuffer>();

        // The answer buffer is added after the resilience handler, so it runs inside it: each attempt's timeout covers
        // reading the whole answer.
        var api = services.AddHttpClient(SfccHttpClients.Api).ConfigurePrimaryHttpMessageHandler(NoAutomaticRedirects);
        api.AddResilienceHandler("sfcc-api", (pipeline, context) => SfccResilience.Configure(pipeline, context.ServiceProvider))
            .SelectPipelineByAuthority();
        api.AddHttpMessageHandler<SfccAnswerBuffer>();

        var auth = services.AddHttpClient(SfccHttpClients.Auth).ConfigurePrimaryHttpMessageHandler(NoAutomaticRedirects);
        auth.AddResilienceHandler("sfcc-auth", (pipeline, context) => SfccResilience.Configure(pipeline, context.ServiceProvider))
            .SelectPipelineByAuthority();
        auth.AddHttpMessageHandler<SfccAnswerBuffer>();
        return services;
    }

    // Redirects are followed (or refused) by SfccGuardHandler, which checks the target first.
    private static void NoAutomaticRedirects(HttpMessageHandler handler, IServiceProvider services)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }
}
