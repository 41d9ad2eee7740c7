using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IDashboardApi
{
    [Get("/api/v1/dashboard")]
    Task<DashboardSummary> GetAsync(CancellationToken ct = default);
}
