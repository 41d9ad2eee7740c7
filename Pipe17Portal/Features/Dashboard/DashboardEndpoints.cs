using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Dashboard;

public sealed class DashboardEndpoints : IEndpointGroup
{
    public static string Prefix => "/dashboard";
    public static string Tag => "Dashboard";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (IDashboardApi api, CancellationToken ct) => api.GetAsync(ct))
            .WithSummary("Orders per stage and inventory freshness");
}
