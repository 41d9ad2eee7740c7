using System.Reflection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.ApiKeys;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Features.Connections;
using Pipe17Portal.Features.Members;
using Pipe17Portal.Features.Orders;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Security;
using Scalar.AspNetCore;

namespace Pipe17Portal.Features;

public static class ApiExtensions
{
    public const string Version1 = "/api/v1";

    public static IHostApplicationBuilder AddPortalApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusCodeDetails.Fill);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<JsonOptions>(o => PortalJson.Configure(o.SerializerOptions));
        // Malformed bodies must reach ApiExceptionHandler in every environment, not end as an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Pipe17 Portal API",
                Version = "v1",
                Description = "The portal's own API. Authenticate with the browser session or a workspace API key in the X-Api-Key header (Settings → API keys).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "A workspace API key; it acts with the lower of the role chosen when it was created and its creator's current role.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] }];
            return Task.CompletedTask;
        }));

        // The same interfaces the pages use: implemented here by the feature services (no HTTP loop-back).
        services.AddScoped<AuditTrail>();
        services.AddSingleton<PortalLinks>();
        services.AddSingleton<SandboxBaseAddress>();
        services.AddScoped<Features.SandboxConsole.SandboxControlClient>();
        services.AddScoped<Features.SandboxConsole.SandboxWorkspace>();
        services.AddSingleton<Features.SandboxConsole.SandboxAccountTurns>();
        services.AddScoped<Features.SandboxConsole.SandboxAccounts>();
        services.AddHttpClient(Features.SandboxConsole.SandboxControlClient.HttpClientName);
        services.AddScoped<WorkspaceRegistration>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<IWorkspaceApi, WorkspaceService>();
        services.AddScoped<IMembersApi, MembersService>();
        services.AddScoped<IConnectionsApi, ConnectionsService>();
        services.AddScoped<IApiKeysApi, ApiKeysService>();
        services.AddScoped<IActivityApi, ActivityService>();
        services.AddScoped<IFlowsApi, Flows.FlowsService>();
        services.AddScoped<IDashboardApi, Dashboard.DashboardService>();
        services.AddScoped<IOrdersApi, OrdersService>();
        services.AddScoped<IOrderShippingApi, OrderShippingService>();
        services.AddOptions<Features.Orders.OrderExceptionsOptions>().BindConfiguration("Orders:Exceptions").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IOrderExceptionsApi, OrderExceptionsService>();
        services.AddScoped<Features.Products.SkuMatching>();
        services.AddScoped<IProductsApi, Features.Products.ProductsService>();
        services.AddScoped<IBusinessManagerApi, Features.SandboxConsole.BusinessManagerService>();
        services.AddScoped<ISellerCenterApi, Features.SandboxConsole.SellerCenterService>();
        return builder;
    }

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Pipe17 Portal API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));

        var api = app.MapGroup(Version1).RequireAuthorization().DisableAntiforgery();
        var map = typeof(ApiExtensions).GetMethod(nameof(MapEndpointGroup), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var group in typeof(ApiExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t)))
        {
            map.MakeGenericMethod(group).Invoke(null, [api]);
        }
        return app;
    }

    private static void MapEndpointGroup<TGroup>(RouteGroupBuilder api) where TGroup : IEndpointGroup =>
        TGroup.Map(api.MapGroup(TGroup.Prefix).WithTags(TGroup.Tag));
}
