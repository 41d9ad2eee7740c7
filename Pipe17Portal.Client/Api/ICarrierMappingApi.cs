using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The carrier mapping of a TikTok connection: which TikTok shipping provider each SFCC carrier ships with.</summary>
public interface ICarrierMappingApi
{
    /// <summary>The rows, TikTok's providers (read live, nothing stored) and the carriers seen on fulfillments.</summary>
    [Get("/api/v1/connections/{id}/tiktok/carrier-mapping")]
    Task<CarrierMappingView> GetAsync(Guid id, CancellationToken ct = default);

    [Put("/api/v1/connections/{id}/tiktok/carrier-mapping")]
    Task<CarrierMappingView> SaveAsync(Guid id, [Body] CarrierMappingUpdate update, CancellationToken ct = default);
}
