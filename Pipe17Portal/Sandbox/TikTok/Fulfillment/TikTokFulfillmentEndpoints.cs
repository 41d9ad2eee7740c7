using Pipe17Portal.Sandbox.TikTok.Auth;
using Pipe17Portal.Sandbox.TikTok.Gateway;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>`/fulfillment/202309/…`: ship packages (one or a batch), mark line items shipped, read packages and tracking, correct tracking.</summary>
public static class TikTokFulfillmentEndpoints
{
    private static readonly TimeSpan UpdateWindow = TimeSpan.FromHours(72);

    public static readonly IReadOnlyList<TikTokRoute> Routes =
    [
        new("POST", "/fulfillment/202309/packages/ship", TikTokScopes.Fulfillment, BatchShipAsync),
        new("POST", "/fulfillment/202309/packages/{package_id}/ship", TikTokScopes.Fulfillment, ShipAsync),
        new("GET", "/fulfillment/202309/packages/{package_id}", TikTokScopes.Fulfillment, PackageAsync),
        new("POST", "/fulfillment/202309/packages/{package_id}/shipping_info/update", TikTokScopes.Fulfillment, UpdateShippingInfoAsync),
        new("POST", "/fulfillment/202309/orders/{order_id}/packages", TikTokScopes.Fulfillment, MarkShippedAsync),
        new("GET", "/fulfillment/202309/orders/{order_id}/tracking", TikTokScopes.Fulfillment, TrackingAsync),
    ];

    private static async Task<TikTokReply> ShipAsync(TikTokCall call)
    {
        var body = call.ReadBody<ShipBody>();
        var packageId = call.Route("package_id");
        var shipment = await TikTokShipment.ForPackageAsync(call.Db, call.Account.Id, packageId, call.Aborted);
        if (shipment is null)
        {
            return Fail(TikTokFulfillmentErrors.PackageNotFound(packageId));
        }
        List<TikTokEvent> events = [];
        if (shipment.Ship(shipment.Package(packageId), body.SelfShipment, body.HandoverMethod, call.UnixNow, events) is { } error)
        {
            return Fail(error);
        }
        shipment.Save(call.UnixNow);
        await call.Db.SaveChangesAsync(call.Aborted);
        await call.Events.PublishAsync(call.Account, events, call.Aborted);
        return TikTokReply.Ok(new { });
    }

    /// <summary>Each package succeeds or fails on its own; failures are listed in data.errors while the envelope says code 0.</summary>
    private static async Task<TikTokReply> BatchShipAsync(TikTokCall call)
    {
        var body = call.ReadBody<BatchShipBody>();
        if (body.Packages is not { Count: > 0 })
        {
            throw new TikTokParamsException("packages is required: one or more {id, handover_method, self_shipment}.");
        }
        List<TikTokEvent> events = [];
        List<object> errors = [];
        foreach (var item in body.Packages)
        {
            var shipment = item.Id is null ? null : await TikTokShipment.ForPackageAsync(call.Db, call.Account.Id, item.Id, call.Aborted);
            var error = shipment is null
                ? TikTokFulfillmentErrors.PackageNotFound(item.Id ?? "(missing id)")
                : shipment.Ship(shipment.Package(item.Id!), item.SelfShipment, item.HandoverMethod, call.UnixNow, events);
            if (error is not null)
            {
                errors.Add(new { code = error.Code, message = error.Message, detail = new { package_id = item.Id ?? "" } });
                continue;
            }
            shipment!.Save(call.UnixNow);
            await call.Db.SaveChangesAsync(call.Aborted);
        }
        await call.Events.PublishAsync(call.Account, events, call.Aborted);
        return TikTokReply.Ok(new { errors });
    }

    /// <summary>Mark Package As Shipped: the listed line items leave their package for a new, shipped one (a split).</summary>
    private static async Task<TikTokReply> MarkShippedAsync(TikTokCall call)
    {
        var body = call.ReadBody<MarkShippedBody>();
        var orderId = call.Route("order_id");
        if (body.OrderLineItemIds is not { Count: > 0 })
        {
            throw new TikTokParamsException("order_line_item_ids is required: the line items that travel in this package.");
        }
        var shipment = await TikTokShipment.ForOrderAsync(call.Db, call.Account.Id, orderId, call.Aborted);
        if (shipment is null)
        {
            return Fail(TikTokFulfillmentErrors.OrderNotFound(orderId));
        }
        if (!TikTokOrderStatus.CanShip(shipment.Order.Status))
        {
            return Fail(TikTokFulfillmentErrors.OrderNotShippable(shipment.Order));
        }
        var unshipped = shipment.Packages.Where(p => !p.IsShipped).SelectMany(p => p.LineItems()).ToHashSet();
        if (body.OrderLineItemIds.FirstOrDefault(id => !unshipped.Contains(id)) is { } wrong)
        {
            return Fail(TikTokFulfillmentErrors.LineItemNotShippable(wrong));
        }
        var items = shipment.Order.LineItems.Where(i => body.OrderLineItemIds.Contains(i.Id)).ToList();
        var whole = shipment.Packages.FirstOrDefault(p => !p.IsShipped && p.LineItems().ToHashSet().SetEquals(items.Select(i => i.Id)));
        var package = whole ?? shipment.Split(call.Account, items, call.UnixNow);
        List<TikTokEvent> events = [];
        if (shipment.Ship(package, new TikTokSelfShipment(body.TrackingNumber, body.ShippingProviderId), "DROP_OFF", call.UnixNow, events) is { } error)
        {
            return Fail(error);
        }
        if (whole is null)
        {
            call.Db.TikTokPackages.Add(package);
            call.Db.TikTokPackages.RemoveRange(shipment.Removed);
            events.Insert(0, TikTokEventPublisher.PackageSplit(orderId, shipment.Packages.Select(p => p.Id), call.UnixNow));
        }
        shipment.Save(call.UnixNow);
        await call.Db.SaveChangesAsync(call.Aborted);
        await call.Events.PublishAsync(call.Account, events, call.Aborted);
        return TikTokReply.Ok(new
        {
            order_id = orderId,
            package_id = package.Id,
            order_line_item_ids = package.LineItems(),
            create_time = package.CreateTime,
        });
    }

    private static async Task<TikTokReply> UpdateShippingInfoAsync(TikTokCall call)
    {
        var body = call.ReadBody<ShippingInfoBody>();
        var packageId = call.Route("package_id");
        var shipment = await TikTokShipment.ForPackageAsync(call.Db, call.Account.Id, packageId, call.Aborted);
        if (shipment is null)
        {
            return Fail(TikTokFulfillmentErrors.PackageNotFound(packageId));
        }
        var package = shipment.Package(packageId);
        var error = !package.IsShipped ? TikTokFulfillmentErrors.NotShipped(packageId)
            : shipment.Order.ShippingType != "SELLER" ? TikTokFulfillmentErrors.NotSellerShipped
            : call.UnixNow - package.ShippedTime > (long)UpdateWindow.TotalSeconds ? TikTokFulfillmentErrors.TooLateToUpdate
            : string.IsNullOrWhiteSpace(body.TrackingNumber) ? TikTokFulfillmentErrors.TrackingRequired
            : TikTokLogistics.Provider(body.ShippingProviderId) is null ? TikTokFulfillmentErrors.UnknownProvider(body.ShippingProviderId)
            : null;
        if (error is not null)
        {
            return Fail(error);
        }
        shipment.SetTracking(package, body.TrackingNumber!, TikTokLogistics.Provider(body.ShippingProviderId)!, call.UnixNow);
        shipment.Save(call.UnixNow);
        await call.Db.SaveChangesAsync(call.Aborted);
        return TikTokReply.Ok(new { });
    }

    private static async Task<TikTokReply> PackageAsync(TikTokCall call)
    {
        var packageId = call.Route("package_id");
        var shipment = await TikTokShipment.ForPackageAsync(call.Db, call.Account.Id, packageId, call.Aborted);
        return shipment is null ? Fail(TikTokFulfillmentErrors.PackageNotFound(packageId)) : TikTokReply.Ok(TikTokPackageView.Detail(shipment, shipment.Package(packageId)));
    }

    private static async Task<TikTokReply> TrackingAsync(TikTokCall call)
    {
        var orderId = call.Route("order_id");
        var shipment = await TikTokShipment.ForOrderAsync(call.Db, call.Account.Id, orderId, call.Aborted);
        return shipment is null ? Fail(TikTokFulfillmentErrors.OrderNotFound(orderId)) : TikTokReply.Ok(new { tracking = TikTokPackageView.Tracking(shipment) });
    }

    private static TikTokReply Fail(TikTokError error) => TikTokReply.Error(error.Code, error.Message);

    private sealed class ShipBody
    {
        public string? HandoverMethod { get; set; }
        public TikTokSelfShipment? SelfShipment { get; set; }
    }

    private sealed class BatchShipBody
    {
        public List<BatchPackage>? Packages { get; set; }
    }

    private sealed class BatchPackage
    {
        public string? Id { get; set; }
        public string? HandoverMethod { get; set; }
        public TikTokSelfShipment? SelfShipment { get; set; }
    }

    private sealed class MarkShippedBody
    {
        public string? TrackingNumber { get; set; }
        public string? ShippingProviderId { get; set; }
        public List<string>? OrderLineItemIds { get; set; }
    }

    private sealed class ShippingInfoBody
    {
        public string? TrackingNumber { get; set; }
        public string? ShippingProviderId { get; set; }
    }
}
