using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Troubleshooting.Ask;

public static class AskExtensions
{
    /// <summary>The Ask API, its retriever over the help articles, and the model's background warm-up.</summary>
    public static IServiceCollection AddAsk(this IServiceCollection services)
    {
        services.AddOptions<AskOptions>().BindConfiguration("Ask");
        services.AddSingleton<HybridRetriever>();
        services.AddScoped<IAskApi, AskService>();
        services.AddHostedService<AskModelWarmUp>();
        return services;
    }
}
