using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Mapping;

/// <summary>Pure translation of TikTok orders into the portal's order model (DESIGN §5.1).</summary>
public static class TikTokOrderMapper
{
    /// <summary>The portal status for a TikTok status; paid orders wait out the hold window first.</summary>
    public static (OrderStatus Status, DateTimeOffset? HoldUntil) MapStatus(string tiktokStatus, bool isOnHold, DateTimeOffset? paidAt, int holdMinutes, DateTimeOffset now)
    {
        switch (tiktokStatus.ToUpperInvariant())
        {
            case "UNPAID":
                return (OrderStatus.New, null);
            case "ON_HOLD":
                return (OrderStatus.OnHold, null);
            case "AWAITING_SHIPMENT":
                var holdUntil = paidAt?.AddMinutes(holdMinutes);
                return isOnHold || (holdMinutes > 0 && holdUntil > now)
                    ? (OrderStatus.OnHold, holdUntil)
                    : (OrderStatus.ReadyForFulfillment, holdUntil);
            case "PARTIALLY_SHIPPING":
                return (OrderStatus.PartialFulfillment, null);
            case "AWAITING_COLLECTION" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED":
                return (OrderStatus.Fulfilled, null);
            case "CANCELLED" or "CANCEL":
                return (OrderStatus.Canceled, null);
            default:
                throw new FormatException($"TikTok order status '{tiktokStatus}' is unknown; expected one of UNPAID, ON_HOLD, AWAITING_SHIPMENT, PARTIALLY_SHIPPING, AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED.");
        }
    }

    public static readonly OrderChannel Channel = new("TikTok Shop", "tiktok");

    /// <summary>TikTok's buyer_email is a per-order relay address and orders carry no company: nothing identifies the buyer.</summary>
    private static readonly BuyerFacts NoBuyerIdentity = new(null, EmailIdentifiesBuyer: false);

    public static ImportedOrder ToImported(TikTokOrder order, int holdMinutes, DateTimeOffset now)
    {
        var paidAt = FromUnix(order.PaidTime);
        var (status, holdUntil) = MapStatus(order.Status, order.IsOnHoldOrder == true, paidAt, holdMinutes, now);
        var payment = order.Payment;
        var currency = payment?.Currency ?? order.LineItems.FirstOrDefault()?.Currency
            ?? throw new FormatException($"TikTok order {order.Id} has no currency (payment.currency).");
        var lines = order.LineItems
            .GroupBy(l => l.SellerSku ?? l.SkuId ?? throw new FormatException($"TikTok order {order.Id} has a line item ({l.Id}) with neither seller_sku nor sku_id."))
            .Select(ToLine)
            .ToList();
        var discount = Money(payment?.SellerDiscount) + Money(payment?.PlatformDiscount);
        var canceled = status == OrderStatus.Canceled;

        return new ImportedOrder(
            order.Id,
            order.Status,
            status,
            FromUnix(order.CreateTime) ?? throw new FormatException($"TikTok order {order.Id} has no create_time."),
            paidAt,
            FromUnix(order.UpdateTime) ?? FromUnix(order.CreateTime)!.Value,
            holdUntil,
            currency,
            payment?.SubTotal is { } sub ? Money(sub) : lines.Sum(l => l.Total),
            Money(payment?.ShippingFee),
            Money(payment?.Tax),
            discount,
            payment?.TotalAmount is { } total ? Money(total) : lines.Sum(l => l.Total) + Money(payment?.ShippingFee) + Money(payment?.Tax),
            order.PaymentMethodName,
            order.DeliveryOptionId,
            order.DeliveryOptionName,
            ToAddress(order.RecipientAddress),
            order.BuyerEmail,
            order.UserId,
            canceled ? FromUnix(order.CancelTime) ?? FromUnix(order.UpdateTime) : null,
            canceled ? order.CancellationInitiator : null,
            canceled ? order.CancelReason : null,
            lines,
            order.Raw.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "{}" : order.Raw.GetRawText(),
            Channel,
            NoBuyerIdentity);
    }

    private static ImportedOrderLine ToLine(IGrouping<string, TikTokOrderLineItem> units)
    {
        var first = units.First();
        var unitPrice = Money(first.SalePrice ?? first.OriginalPrice);
        return new ImportedOrderLine(
            units.Key,
            first.ProductName ?? units.Key,
            first.SkuName,
            first.ProductId,
            first.SkuId,
            units.Count(),
            units.Count(u => string.Equals(u.DisplayStatus, "CANCELLED", StringComparison.OrdinalIgnoreCase)),
            unitPrice,
            units.Sum(u => Money(u.SellerDiscount) + Money(u.PlatformDiscount)),
            units.Sum(u => Money(u.SalePrice ?? u.OriginalPrice)),
            string.Join(",", units.Select(u => u.Id)));
    }

    private static ShippingAddress ToAddress(TikTokRecipientAddress? a)
    {
        if (a is null)
        {
            return new ShippingAddress();
        }
        string? Level(string name) => a.DistrictInfo.FirstOrDefault(d => string.Equals(d.AddressLevelName, name, StringComparison.OrdinalIgnoreCase))?.AddressName;
        return new ShippingAddress
        {
            Name = a.Name ?? string.Join(" ", new[] { a.FirstName, a.LastName }.Where(n => !string.IsNullOrEmpty(n))),
            Phone = a.PhoneNumber,
            Line1 = a.AddressLine1 ?? a.AddressDetail,
            Line2 = string.Join(", ", new[] { a.AddressLine2, a.AddressLine3, a.AddressLine4 }.Where(l => !string.IsNullOrEmpty(l))) is { Length: > 0 } more ? more : null,
            City = Level("City") ?? a.PostTown,
            Region = Level("State") ?? Level("County") ?? Level("Province"),
            PostalCode = a.PostalCode,
            CountryCode = a.RegionCode,
            FullAddress = a.FullAddress,
        };
    }

    private static decimal Money(string? value) => TikTokMoney.Parse(value) ?? 0m;

    private static DateTimeOffset? FromUnix(long? seconds) => seconds is > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;
}
