using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Troubleshooting;

public sealed class TroubleshootingEndpoints : IEndpointGroup
{
    public static string Prefix => "/checks";
    public static string Tag => "Troubleshooting";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (ITroubleshootingApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("The troubleshooting checks this workspace can run");
        group.MapGet("/results", (ITroubleshootingApi api, CancellationToken ct) => api.LatestAsync(ct))
            .WithSummary("The latest result of each check, failures first");
        group.MapGet("/summary", (ITroubleshootingApi api, CancellationToken ct) => api.SummaryAsync(ct))
            .WithSummary("Counts by outcome of the latest results, with the failures and warnings");
        group.MapPost("/run", (ITroubleshootingApi api, CancellationToken ct) => api.RunAllAsync(ct))
            .WithSummary("Run every check now and store the results");
        group.MapPost("/{key}/run", (string key, ITroubleshootingApi api, CancellationToken ct) => api.RunAsync(key, ct))
            .WithSummary("Run one check now");
        group.MapPost("/actions", (CheckAction action, ITroubleshootingApi api, CancellationToken ct) => api.ApplyAsync(action, ct))
            .WithSummary("Apply a one-click fix offered by a check's result (Developer)");
    }
}
