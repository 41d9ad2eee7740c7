using Pipe17Portal.Connectors.TikTokShop.Api.Events;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Logistics;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Api.Shops;
using Refit;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>
/// The TikTok Shop Open API for one connection. Every method answers a <see cref="TikTokResult{T}"/>; API errors,
/// unreadable answers and network failures never throw. The methods are grouped by area in the partial files.
/// </summary>
public sealed partial class TikTokShopClient
{
    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(TikTokJson.Options));

    private readonly ITikTokAuthorizationApi authorization;
    private readonly ITikTokOrderApi orders;
    private readonly ITikTokLogisticsApi logistics;
    private readonly ITikTokFulfillmentApi fulfillment;
    private readonly ITikTokFulfillmentCommandsApi fulfillmentCommands;
    private readonly ITikTokProductApi products;
    private readonly ITikTokInventoryCommandsApi inventoryCommands;
    private readonly ITikTokEventApi events;

    /// <param name="reads">Retries 429, 5xx and timeouts.</param>
    /// <param name="writes">Retries only 429: used for calls that must not be applied twice.</param>
    internal TikTokShopClient(TikTokShopContext shop, HttpClient reads, HttpClient writes)
    {
        Shop = shop;
        authorization = RestService.ForGenerated<ITikTokAuthorizationApi>(reads, Settings);
        orders = RestService.ForGenerated<ITikTokOrderApi>(reads, Settings);
        logistics = RestService.ForGenerated<ITikTokLogisticsApi>(reads, Settings);
        fulfillment = RestService.ForGenerated<ITikTokFulfillmentApi>(reads, Settings);
        fulfillmentCommands = RestService.ForGenerated<ITikTokFulfillmentCommandsApi>(writes, Settings);
        products = RestService.ForGenerated<ITikTokProductApi>(reads, Settings);
        inventoryCommands = RestService.ForGenerated<ITikTokInventoryCommandsApi>(writes, Settings);
        events = RestService.ForGenerated<ITikTokEventApi>(reads, Settings);
    }

    public TikTokShopContext Shop { get; }
}
