using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IConnectionsApi
{
    [Get("/api/v1/connectors")]
    Task<IReadOnlyList<ConnectorInfo>> GetCatalogAsync(CancellationToken ct = default);

    [Get("/api/v1/connections")]
    Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken ct = default);

    [Get("/api/v1/connections/{id}")]
    Task<ConnectionSummary> GetAsync(Guid id, CancellationToken ct = default);

    [Post("/api/v1/connections")]
    Task<ConnectionSummary> CreateAsync([Body] CreateConnectionRequest request, CancellationToken ct = default);

    [Put("/api/v1/connections/{id}")]
    Task<ConnectionSummary> UpdateAsync(Guid id, [Body] UpdateConnectionRequest request, CancellationToken ct = default);

    [Delete("/api/v1/connections/{id}")]
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
