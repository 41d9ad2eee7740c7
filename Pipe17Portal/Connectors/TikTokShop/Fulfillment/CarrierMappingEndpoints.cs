using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

public sealed class CarrierMappingEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections/{id:guid}/tiktok/carrier-mapping";
    public static string Tag => "TikTok Shop";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (Guid id, ICarrierMappingApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("The carrier mapping, TikTok's shipping providers (read live) and the carriers seen on fulfillments");
        group.MapPut("/", (Guid id, CarrierMappingUpdate update, ICarrierMappingApi api, CancellationToken ct) => api.SaveAsync(id, update, ct))
            .WithSummary("Save the carrier mapping; each provider must be one TikTok offers the shop (Developer)");
    }
}
