using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IApiKeysApi
{
    [Get("/api/v1/api-keys")]
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default);

    [Post("/api/v1/api-keys")]
    Task<ApiKeyCreated> CreateAsync([Body] CreateApiKeyRequest request, CancellationToken ct = default);

    [Delete("/api/v1/api-keys/{id}")]
    Task RevokeAsync(Guid id, CancellationToken ct = default);
}
