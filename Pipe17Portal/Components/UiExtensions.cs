using MudBlazor.Services;
using Pipe17Portal.Security;

namespace Pipe17Portal.Components;

public static class UiExtensions
{
    public static IHostApplicationBuilder AddPortalUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddInteractiveWebAssemblyComponents()
            .AddAuthenticationStateSerialization();
        builder.Services.AddMudServices(Client.Layout.PortalTheme.ConfigureMud);
        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseTransportSecurity();
        if (app.Environment.IsDevelopment())
        {
            app.UseWebAssemblyDebugging();
        }
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        // The API answers unknown routes with problem details; pages get the portal's own not-found page.
        app.UseWhen(c => ApiProblemResponses.IsApiRequest(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiProblemResponses.IsApiRequest(c.Request), pages =>
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseApiBodyLimit();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiWriteHeaderGuard();
        app.UseAuthorization();
        app.UsePortalRequestTimeouts();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Client._Imports).Assembly);
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
