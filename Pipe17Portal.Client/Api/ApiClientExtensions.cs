using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Pipe17Portal.Client.Api;

public static class ApiClientExtensions
{
    /// <summary>In the browser every data interface is a Refit client of the portal's own HTTP API (cookie auth).</summary>
    public static IServiceCollection AddPortalApiClients(this IServiceCollection services, Uri baseAddress)
    {
        var settings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(PortalJson.Options) };
        services.AddTransient<ProblemDetailsHandler>();
        Add<IWorkspaceApi>();
        Add<IMembersApi>();
        Add<IConnectionsApi>();
        Add<IApiKeysApi>();
        Add<IActivityApi>();
        return services;

        void Add<TApi>() where TApi : class =>
            services.AddRefitClient<TApi>(settings)
                .ConfigureHttpClient(c => c.BaseAddress = baseAddress)
                .AddHttpMessageHandler<ProblemDetailsHandler>();
    }
}
