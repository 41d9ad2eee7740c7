using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Flows;

public sealed class FlowsEndpoints : IEndpointGroup
{
    public static string Prefix => "/flows";
    public static string Tag => "Flows";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IFlowsApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("Every flow of every connection: on/off, last run, next run, 24-hour totals");
        group.MapPost("/{connectionId:guid}/{flow}/run", (Guid connectionId, string flow, IFlowsApi api, CancellationToken ct) => api.RunNowAsync(connectionId, flow, ct))
            .WithSummary("Run a connection's flow now (Developer)");
    }
}
