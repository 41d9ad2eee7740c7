using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>`/logistics/202309/…`: the shop's warehouses, their delivery options, and each option's shipping providers.</summary>
public static class TikTokLogisticsEndpoints
{
    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("GET", "/logistics/202309/warehouses", TikTokScopes.Logistics, Warehouses),
        new("GET", "/logistics/202309/warehouses/{warehouse_id}/delivery_options", TikTokScopes.Logistics, DeliveryOptions),
        new("GET", "/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers", TikTokScopes.Logistics, ShippingProviders),
    ];

    private static Task<TikTokReply> Warehouses(TikTokCall call) =>
        Task.FromResult(TikTokReply.Ok(new { warehouses = TikTokLogistics.Warehouses(call.Account) }));

    private static Task<TikTokReply> DeliveryOptions(TikTokCall call)
    {
        var id = call.Route("warehouse_id");
        if (TikTokLogistics.Warehouses(call.Account).All(w => w.Id != id))
        {
            throw new TikTokParamsException($"warehouse_id {id} is not a warehouse of this shop; list them with GET /logistics/202309/warehouses.");
        }
        return Task.FromResult(TikTokReply.Ok(new
        {
            delivery_options = TikTokLogistics.DeliveryOptions(call.Account).Select(o => new
            {
                o.Id,
                o.Name,
                o.Type,
                o.Description,
                platform = new[] { "TIKTOK_SHOP" },
            }).ToList(),
        }));
    }

    private static Task<TikTokReply> ShippingProviders(TikTokCall call)
    {
        var id = call.Route("delivery_option_id");
        if (TikTokLogistics.DeliveryOptions(call.Account).All(o => o.Id != id))
        {
            throw new TikTokParamsException($"delivery_option_id {id} is not a delivery option of this shop; list them with GET /logistics/202309/warehouses/{{warehouse_id}}/delivery_options.");
        }
        return Task.FromResult(TikTokReply.Ok(new { shipping_providers = TikTokLogistics.ShippingProviders }));
    }
}
