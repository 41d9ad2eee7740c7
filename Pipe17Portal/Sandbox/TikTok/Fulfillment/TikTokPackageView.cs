using Pipe17Portal.Sandbox.TikTok.Orders;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>How a package and its tracking look in the fulfillment API (Get Package Detail, Get Tracking).</summary>
public static class TikTokPackageView
{
    public static object Detail(TikTokShipment shipment, TikTokPackage package)
    {
        var order = shipment.Order;
        var items = order.LineItems.Where(i => i.PackageId == package.Id).ToList();
        var a = order.RecipientAddress;
        return new
        {
            package_id = package.Id,
            package_status = package.Status,
            order_line_item_ids = items.Select(i => i.Id).ToList(),
            orders = new[]
            {
                new
                {
                    id = order.Id,
                    skus = Skus(items),
                },
            },
            has_multi_skus = items.Select(i => i.SkuId).Distinct().Count() > 1,
            shipping_type = order.ShippingType,
            delivery_option_id = order.DeliveryOptionId,
            delivery_option_name = order.DeliveryOptionName,
            handover_method = package.HandoverMethod,
            tracking_number = package.TrackingNumber,
            shipping_provider_id = package.ShippingProviderId,
            shipping_provider_name = package.ShippingProviderName,
            split_and_combine_tag = order.SplitOrCombineTag,
            create_time = package.CreateTime,
            update_time = package.UpdateTime,
            recipient_address = new
            {
                a.Name, a.PhoneNumber, a.FullAddress, a.AddressDetail, a.AddressLine1, a.AddressLine2, a.AddressLine3, a.AddressLine4, a.PostalCode, a.RegionCode,
            },
        };
    }

    /// <summary>Packages list SKUs with quantities, unlike orders (one line item per unit).</summary>
    public static IReadOnlyList<object> Skus(IEnumerable<TikTokLineItem> items) =>
        [.. items.GroupBy(i => i.SkuId).Select(g => (object)new { id = g.Key, name = g.First().SkuName, image_url = g.First().SkuImage, quantity = g.Count() })];

    /// <summary>Newest first, as TikTok lists carrier events; an order not shipped yet has none.</summary>
    public static IReadOnlyList<object> Tracking(TikTokShipment shipment)
    {
        List<(long Time, string Text)> events = [];
        foreach (var p in shipment.Packages.Where(p => p.IsShipped))
        {
            events.Add((p.ShippedTime!.Value, $"Shipping label created: {p.ShippingProviderName} {p.TrackingNumber}."));
        }
        var order = shipment.Order;
        if (order.Status is TikTokOrderStatus.InTransit or TikTokOrderStatus.Delivered or TikTokOrderStatus.Completed && order.CollectionTime is { } collected)
        {
            events.Add((collected, "Package picked up by the carrier."));
        }
        if (order.DeliveryTime is { } delivered)
        {
            events.Add((delivered, "Your package was delivered!"));
        }
        return [.. events.OrderByDescending(e => e.Time).Select(e => (object)new { description = e.Text, update_time_millis = e.Time * 1000 })];
    }
}
