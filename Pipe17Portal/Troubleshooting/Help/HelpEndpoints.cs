using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Troubleshooting.Help;

public sealed class HelpEndpoints : IEndpointGroup
{
    public static string Prefix => "/help";
    public static string Tag => "Help";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IHelpApi api, CancellationToken ct) => api.IndexAsync(ct))
            .WithSummary("Every help article, grouped by category (Setup, Concepts, Troubleshooting)");
        group.MapGet("/{slug}", (string slug, IHelpApi api, CancellationToken ct) => api.GetAsync(slug, ct))
            .WithSummary("One help article rendered as HTML, with the checks that diagnose it and related articles");
    }
}
