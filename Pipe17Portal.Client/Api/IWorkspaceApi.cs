using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The caller's workspace. A Refit client in the browser; the server implements it directly.</summary>
public interface IWorkspaceApi
{
    [Get("/api/v1/workspace")]
    Task<WorkspaceInfo> GetAsync(CancellationToken ct = default);

    [Put("/api/v1/workspace")]
    Task<WorkspaceInfo> RenameAsync([Body] RenameWorkspaceRequest request, CancellationToken ct = default);
}
