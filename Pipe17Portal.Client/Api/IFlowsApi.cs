using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IFlowsApi
{
    [Get("/api/v1/flows")]
    Task<IReadOnlyList<FlowStatusInfo>> ListAsync(CancellationToken ct = default);

    [Post("/api/v1/flows/{connectionId}/{flow}/run")]
    Task<FlowRunStarted> RunNowAsync(Guid connectionId, string flow, CancellationToken ct = default);
}
