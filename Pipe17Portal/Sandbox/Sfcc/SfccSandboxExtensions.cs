using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.Control;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;
using Pipe17Portal.Sandbox.Sfcc.Scapi;

namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>Registers and mounts the SFCC emulator: Account Manager, the SCAPI host (SLAS), the instance (OCAPI grant) and its control API.</summary>
public static class SfccSandboxExtensions
{
    public static IHostApplicationBuilder AddSfccEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SfccOptions>(builder.Configuration.GetSection("Sandbox:Sfcc"));
        builder.Services.AddSingleton<SfccJwt>();
        builder.Services.AddSingleton<SfccFaultInjector>();
        builder.Services.AddScoped<SfccOcapiGateway>();
        builder.Services.AddScoped<SfccScapiGateway>();
        return builder;
    }

    private static readonly IReadOnlyList<SfccOcapiRoute> ShopRoutes = [.. SfccShopBasketEndpoints.Routes, .. SfccShopOrderEndpoints.Routes];

    public static void MapSfccEmulator(RouteGroupBuilder sandbox)
    {
        var sfcc = sandbox.MapGroup("/sfcc");
        SfccAccountManagerEndpoints.Map(sfcc.MapGroup("/am"));
        var scapi = sfcc.MapGroup("/scapi");
        SfccSlasEndpoints.Map(scapi);
        scapi.MapMethods("/{family}/{api}/v1/organizations/{organizationId}/{**path}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete],
            (HttpContext http, string family, string api, string organizationId, string? path, SfccScapiGateway gateway) => gateway.HandleAsync(http, family, api, organizationId, path))
            .ShortCircuit();
        var instance = sfcc.MapGroup("/instance");
        SfccBmGrantEndpoints.Map(instance);
        string[] methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
        // The API hosts answer straight from routing (ShortCircuit): they check their own tokens and write their own
        // errors, so the portal's cookie authentication, antiforgery and status pages have nothing to do on them.
        instance.MapMethods("/s/{site}/dw/shop/{version}/{**path}", methods,
            (HttpContext http, string site, string version, string? path, SfccOcapiGateway gateway) => gateway.HandleAsync(http, "shop", site, version, path, ShopRoutes))
            .ShortCircuit();
        instance.MapMethods("/s/{site}/dw/data/{version}/{**path}", methods,
            (HttpContext http, string site, string version, string? path, SfccOcapiGateway gateway) => gateway.HandleAsync(http, "data", site, version, path, SfccDataEndpoints.Routes))
            .ShortCircuit();
        var control = sandbox.MapGroup("/_control/accounts/{id}/sfcc");
        SfccControlEndpoints.Map(control);
        SfccStateControlEndpoints.Map(control);
        SfccCatalogGenerator.Map(control);
        SfccProductControlEndpoints.Map(control);
    }
}
