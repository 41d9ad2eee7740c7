using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Pipe17Portal.Client.Api;

public static class ApiClientExtensions
{
    /// <summary>
    /// In the browser every data interface is a Refit client of the portal's own HTTP API (cookie auth), sending the
    /// <see cref="PortalRequestHeader"/> the API requires on cookie-authenticated writes.
    /// </summary>
    public static IServiceCollection AddPortalApiClients(this IServiceCollection services, Uri baseAddress)
    {
        var settings = new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(PortalJson.Options),
            UrlParameterFormatter = new IsoUrlParameterFormatter(),
            // Refit 16 wraps whatever the handlers throw in an ApiRequestException; pages catch the ApiProblemException
            // that ProblemDetailsHandler throws (and HttpRequestException), so let them through unchanged.
            TransportExceptionFactory = (_, exception, _) => exception,
        };
        services.AddTransient<ProblemDetailsHandler>();
        Add<IWorkspaceApi>();
        Add<IMembersApi>();
        Add<IConnectionsApi>();
        Add<IApiKeysApi>();
        Add<IActivityApi>();
        Add<IFlowsApi>();
        Add<IDashboardApi>();
        Add<IOrdersApi>();
        Add<ITikTokConnectionApi>();
        Add<ISellerCenterApi>();
        Add<IProductsApi>();
        Add<ISfccConnectionApi>();
        Add<IBusinessManagerApi>();
        Add<IOrderPushApi>();
        Add<IInventoryApi>();
        Add<IOrderExceptionsApi>();
        Add<ICarrierMappingApi>();
        Add<IOrderShippingApi>();
        Add<ITroubleshootingApi>();
        Add<IHelpApi>();
        Add<INotificationsApi>();
        Add<ISupportApi>();
        Add<IAskApi>();
        return services;

        // Generated request building only: WebAssembly has no reflection fallback (see RefitRequireGeneratedRequests).
        void Add<TApi>() where TApi : class
        {
            var name = typeof(TApi).Name;
            services.AddHttpClient(name, c =>
                {
                    c.BaseAddress = baseAddress;
                    c.DefaultRequestHeaders.Add(PortalRequestHeader.Name, PortalRequestHeader.Value);
                })
                .AddHttpMessageHandler<ProblemDetailsHandler>();
            services.AddTransient(sp => RestService.ForGenerated<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(name), settings));
        }
    }
}

/// <summary>Dates go into query strings in ISO 8601 whatever the browser's culture, so the server reads them the same.</summary>
internal sealed class IsoUrlParameterFormatter : DefaultUrlParameterFormatter
{
    public override string? Format(object? value, System.Reflection.ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        DateTimeOffset d => d.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        _ => base.Format(value, attributeProvider, type),
    };
}
