using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Workspaces;

public sealed class WorkspaceEndpoints : IEndpointGroup
{
    public static string Prefix => "/workspace";
    public static string Tag => "Workspace";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IWorkspaceApi api, CancellationToken ct) => api.GetAsync(ct))
            .WithSummary("The caller's workspace and role");
        group.MapPut("/", (RenameWorkspaceRequest request, IWorkspaceApi api, CancellationToken ct) => api.RenameAsync(request, ct))
            .WithSummary("Rename the workspace (Administrator)");
    }
}
