using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Architecture;

/// <summary>
/// Each API route is written twice: in the client's Refit interface and in a server IEndpointGroup. Nothing ties the two
/// at compile time, so a typo or a changed verb would show only when a page calls it in WebAssembly. The routes are read
/// from the running app, so this covers endpoints however they are mapped.
/// </summary>
public class RouteContractTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>The client's Refit interfaces: named I*Api, or any interface carrying a Refit verb.</summary>
    private static readonly Type[] ClientApis =
    [
        .. typeof(IOrdersApi).Assembly.GetTypes()
            .Where(t => t.IsInterface && ((t.Name.StartsWith('I') && t.Name.EndsWith("Api", StringComparison.Ordinal))
                || t.GetMethods().Any(m => m.GetCustomAttribute<Refit.HttpMethodAttribute>() is not null)))
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    [Fact]
    public void EveryClientApiCallHasAnEndpointWithTheSameVerbAndRoute()
    {
        Assert.Contains(typeof(IOrdersApi), ClientApis);
        var routes = ServerRoutes();
        Assert.Contains(routes, r => RouteMatcher.Normalise(r.Template) == "/api/v1/orders/{}");
        var calls = ClientApis.SelectMany(ClientCall.Of).ToList();

        var unanswered = RouteMatcher.Unanswered(calls, routes);

        output.WriteLine($"{calls.Count} client calls of {ClientApis.Length} interfaces checked against {routes.Count} routes "
            + $"({routes.Count(r => r.Template.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase))} under /api/v1).");
        ReportServerOnlyRoutes(calls, routes);
        Assert.True(unanswered.Count == 0, $"{unanswered.Count} client call(s) have no endpoint:{Environment.NewLine}{string.Join(Environment.NewLine, unanswered)}");
    }

    /// <summary>
    /// Blazor Server and prerendering inject the same interfaces the WebAssembly pages do; on the server they must be the
    /// feature services, not a Refit client calling the server over HTTP (a loop-back that would lose the caller's identity).
    /// </summary>
    [Fact]
    public void EveryClientApiHasAServerImplementationInThePortalAssembly()
    {
        var isService = factory.Services.GetRequiredService<IServiceProviderIsService>();
        using var scope = factory.Services.CreateScope();
        var problems = new List<string>();
        foreach (var api in ClientApis)
        {
            if (!isService.IsService(api))
            {
                problems.Add($"{api.Name}: no server implementation registered (used only over HTTP?)");
                continue;
            }
            Type implementation;
            try
            {
                implementation = scope.ServiceProvider.GetRequiredService(api).GetType();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                problems.Add($"{api.Name}: registered but cannot be resolved: {e.Message}");
                continue;
            }
            if (implementation.Assembly != typeof(Program).Assembly || implementation.Namespace?.StartsWith("Refit", StringComparison.Ordinal) == true)
            {
                problems.Add($"{api.Name}: resolves to {implementation.FullName} in {implementation.Assembly.GetName().Name}, not a portal service");
                continue;
            }
            output.WriteLine($"{api.Name} -> {implementation.FullName}");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} client API(s) lack a server implementation:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private List<ServerRoute> ServerRoutes() =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [null!])
                .Select(verb => new ServerRoute(verb, e.RoutePattern.RawText ?? $"(unnamed route: {e.DisplayName})"))),
    ];

    /// <summary>Not a failure (scripts and API-key callers use the API too), but worth seeing next to a mismatch.</summary>
    private void ReportServerOnlyRoutes(List<ClientCall> calls, List<ServerRoute> routes)
    {
        foreach (var route in routes.Where(r => r.Template.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) && !calls.Any(c => RouteMatcher.Matches(c, r))))
        {
            output.WriteLine($"API route no client interface calls: {route}");
        }
    }
}
