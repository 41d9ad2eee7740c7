using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Webhooks;

namespace Pipe17Portal.Sandbox.TikTok.Fulfillment;

/// <summary>
/// An order loaded with its packages for a fulfillment change. Shipping a package moves it to PROCESSING with its
/// tracking, and the order to AWAITING_COLLECTION once every package is shipped (PARTIALLY_SHIPPING until then).
/// </summary>
public sealed class TikTokShipment(TikTokOrder row, TikTokOrderDocument order, List<TikTokPackage> packages)
{
    public TikTokOrder Row => row;
    public TikTokOrderDocument Order => order;
    public List<TikTokPackage> Packages => packages;

    public static async Task<TikTokShipment?> ForOrderAsync(SandboxDbContext db, Guid accountId, string orderId, CancellationToken ct)
    {
        var row = await db.TikTokOrders.SingleOrDefaultAsync(o => o.AccountId == accountId && o.Id == orderId, ct);
        if (row is null)
        {
            return null;
        }
        var packages = await db.TikTokPackages.Where(p => p.AccountId == accountId && p.OrderId == orderId).ToListAsync(ct);
        return new TikTokShipment(row, row.Read(), packages);
    }

    public static async Task<TikTokShipment?> ForPackageAsync(SandboxDbContext db, Guid accountId, string packageId, CancellationToken ct)
    {
        var orderId = await db.TikTokPackages.Where(p => p.AccountId == accountId && p.Id == packageId).Select(p => p.OrderId).SingleOrDefaultAsync(ct);
        return orderId is null ? null : await ForOrderAsync(db, accountId, orderId, ct);
    }

    public TikTokPackage Package(string id) => packages.Single(p => p.Id == id);

    /// <summary>Ships one package; null on success, else the business error. Adds the order's status change to <paramref name="events"/>.</summary>
    public TikTokError? Ship(TikTokPackage package, TikTokSelfShipment? self, string? handoverMethod, long now, List<TikTokEvent> events)
    {
        if (package.IsShipped)
        {
            return TikTokFulfillmentErrors.AlreadyShipped(package.Id);
        }
        if (!TikTokOrderStatus.CanShip(order.Status))
        {
            return TikTokFulfillmentErrors.OrderNotShippable(order);
        }
        if (order.IsBuyerRequestCancel)
        {
            return TikTokFulfillmentErrors.PackageFrozen(package.Id);
        }
        if (self is null && order.ShippingType == "SELLER")
        {
            return TikTokFulfillmentErrors.SelfShipmentRequired;
        }
        var provider = self is null ? TikTokLogistics.ShippingProviders[0] : TikTokLogistics.Provider(self.ShippingProviderId);
        if (provider is null)
        {
            return TikTokFulfillmentErrors.UnknownProvider(self!.ShippingProviderId);
        }
        if (self is not null && string.IsNullOrWhiteSpace(self.TrackingNumber))
        {
            return TikTokFulfillmentErrors.TrackingRequired;
        }
        if (self is not null && !TikTokFulfillmentErrors.IsValidTracking(self.TrackingNumber!))
        {
            return TikTokFulfillmentErrors.TrackingInvalid(self.TrackingNumber!);
        }
        var tracking = self?.TrackingNumber ?? TikTokIds.Numeric("9400", 22);
        package.Status = "PROCESSING";
        package.HandoverMethod = handoverMethod ?? "DROP_OFF";
        package.ShippedTime = now;
        SetTracking(package, tracking, provider, now);
        order.RtsTime ??= now;
        var status = packages.All(p => p.IsShipped) ? TikTokOrderStatus.AwaitingCollection : TikTokOrderStatus.PartiallyShipping;
        if (status != order.Status)
        {
            TikTokOrderStatus.Move(order, status, now);
            events.Add(TikTokEventPublisher.OrderStatusChange(order));
        }
        return null;
    }

    /// <summary>Corrects the carrier and tracking number of a shipped package.</summary>
    public void SetTracking(TikTokPackage package, string tracking, TikTokShippingProvider provider, long now)
    {
        package.TrackingNumber = tracking;
        package.ShippingProviderId = provider.Id;
        package.ShippingProviderName = provider.Name;
        package.UpdateTime = now;
        foreach (var item in order.LineItems.Where(i => i.PackageId == package.Id))
        {
            item.PackageStatus = package.Status;
            item.TrackingNumber = tracking;
            item.ShippingProviderId = provider.Id;
            item.ShippingProviderName = provider.Name;
            item.RtsTime ??= package.ShippedTime;
        }
        order.TrackingNumber = tracking;
        order.ShippingProvider = provider.Name;
        order.ShippingProviderId = provider.Id;
        order.UpdateTime = now;
    }

    /// <summary>Moves the given unshipped line items into a new package of their own (TikTok's split).</summary>
    public TikTokPackage Split(Sandbox.Accounts.SandboxAccount account, IReadOnlyCollection<TikTokLineItem> items, long now)
    {
        var ids = items.Select(i => i.Id).ToHashSet();
        foreach (var old in packages.Where(p => !p.IsShipped).ToList())
        {
            var remaining = old.LineItems().Where(id => !ids.Contains(id)).ToList();
            old.LineItemIds = string.Join(',', remaining);
            old.UpdateTime = now;
            if (remaining.Count == 0)
            {
                old.Status = "CANCELLED";
                packages.Remove(old);
                order.Packages.RemoveAll(r => r.Id == old.Id);
                Removed.Add(old);
            }
        }
        var package = TikTokOrderFactory.NewPackage(account, order, items, now);
        packages.Add(package);
        order.SplitOrCombineTag = "SPLIT";
        return package;
    }

    /// <summary>Packages emptied by a split; the caller deletes them.</summary>
    public List<TikTokPackage> Removed { get; } = [];

    public void Save(long now)
    {
        order.UpdateTime = Math.Max(order.UpdateTime, now);
        row.Write(order);
    }
}

public sealed record TikTokSelfShipment(string? TrackingNumber, string? ShippingProviderId);

public sealed record TikTokError(int Code, string Message);

/// <summary>Business errors of the fulfillment API (HTTP 200, non-zero code). The codes are the emulator's own choice.</summary>
public static class TikTokFulfillmentErrors
{
    public static TikTokError PackageNotFound(string id) => new(21001001, $"Package {id} does not exist in this shop. Use a package id from the order's packages[].id.");
    public static TikTokError OrderNotShippable(TikTokOrderDocument order) => new(21001002, $"Order {order.Id} is {order.Status}; only AWAITING_SHIPMENT or PARTIALLY_SHIPPING orders can be shipped.");
    public static TikTokError AlreadyShipped(string id) => new(21001003, $"Package {id} has already been shipped. Correct its tracking with /fulfillment/202309/packages/{id}/shipping_info/update.");
    public static readonly TikTokError SelfShipmentRequired = new(21001004, "self_shipment (tracking_number, shipping_provider_id) is required: this order is shipped by the seller (delivery option SEND_BY_SELLER).");
    public static TikTokError UnknownProvider(string? id) => new(21001005, $"shipping_provider_id '{id}' is not a shipping provider of this shop; list them with /logistics/202309/delivery_options/{{delivery_option_id}}/shipping_providers.");
    public static TikTokError OrderNotFound(string id) => new(21001006, $"Order {id} does not exist in this shop.");
    public static readonly TikTokError TrackingRequired = new(21001007, "tracking_number is required.");
    public static TikTokError NotShipped(string id) => new(21001008, $"Package {id} has not been shipped yet; ship it before updating its shipping info.");
    public static readonly TikTokError NotSellerShipped = new(21001009, "Only packages of seller-shipped orders (shipping_type SELLER) can have their shipping info updated.");
    public static readonly TikTokError TooLateToUpdate = new(21001010, "Shipping info can only be updated within 72 hours of shipping.");
    public static TikTokError LineItemNotShippable(string id) => new(21001011, $"Line item {id} is not an unshipped line item of this order.");
    /// <summary>TikTok's own code and wording for a package held while the buyer's cancellation request is open.</summary>
    public static TikTokError PackageFrozen(string id) => new(10007014, $"package in freeze status: package {id} cannot be shipped while the buyer's cancellation request is pending.");
    public static TikTokError TrackingInvalid(string tracking) => new(21001012, $"The tracking number '{tracking}' is invalid: use up to 50 letters, digits or hyphens, as the carrier printed it.");

    /// <summary>Carrier tracking numbers: up to 50 letters, digits or hyphens (no spaces or symbols).</summary>
    public static bool IsValidTracking(string tracking) =>
        tracking.Length is >= 1 and <= 50 && tracking.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
