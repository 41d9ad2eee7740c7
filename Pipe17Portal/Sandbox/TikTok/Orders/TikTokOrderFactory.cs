using System.Globalization;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>
/// Builds a new order the way TikTok presents one: a line item per unit, money as strings whose totals add up
/// (sub_total = Σ sale_price, total_amount = sub_total + shipping_fee + tax), a relay buyer email, and one package once paid.
/// </summary>
public static class TikTokOrderFactory
{
    private const decimal TaxRate = 0.0725m;

    public static TikTokNewOrder Create(SandboxAccount account, IReadOnlyList<TikTokOrderLine> lines, string status, TikTokDeliveryOption option, long now)
    {
        var masked = option.ShippingType == "TIKTOK";
        var paid = status != TikTokOrderStatus.Unpaid;
        var items = lines.SelectMany(l => Enumerable.Range(0, l.Quantity).Select(_ => LineItem(l, status))).ToList();
        var subTotal = lines.Sum(l => l.Price * l.Quantity);
        var productTax = items.Sum(i => decimal.Parse(i.ItemTax[0].TaxAmount, CultureInfo.InvariantCulture));
        var shippingFee = option.Type switch { "EXPRESS" => 12.99m, "SEND_BY_SELLER" => 4.99m, _ => 5.99m };
        var day = (long)TimeSpan.FromDays(1).TotalSeconds;
        var document = new TikTokOrderDocument
        {
            Id = TikTokIds.Order(),
            Status = status,
            CreateTime = now,
            UpdateTime = now,
            PaidTime = paid ? now : null,
            RtsSlaTime = paid ? now + 2 * day : null,
            TtsSlaTime = paid ? now + 3 * day : null,
            ShippingDueTime = paid ? now + 2 * day : null,
            CollectionDueTime = paid ? now + 3 * day : null,
            DeliveryDueTime = paid ? now + 7 * day : null,
            CancelOrderSlaTime = paid ? null : now + day,
            ShippingType = option.ShippingType,
            DeliveryOptionId = option.Id,
            DeliveryOptionName = option.Name,
            WarehouseId = TikTokLogistics.DefaultWarehouse(account).Id,
            IsOnHoldOrder = status == TikTokOrderStatus.OnHold,
            UserId = TikTokIds.BuyerUser(),
            BuyerEmail = TikTokBuyers.RelayEmail(),
            LineItems = items,
            Payment = new TikTokPayment
            {
                Currency = "USD",
                SubTotal = Money(subTotal),
                OriginalTotalProductPrice = Money(subTotal),
                ShippingFee = Money(shippingFee),
                OriginalShippingFee = Money(shippingFee),
                ProductTax = Money(productTax),
                Tax = Money(productTax),
                TotalAmount = Money(subTotal + shippingFee + productTax),
            },
            RecipientAddress = TikTokBuyers.Recipient(masked),
        };
        TikTokPackage? package = paid ? NewPackage(account, document, items, now) : null;
        var order = new TikTokOrder
        {
            Id = document.Id,
            AccountId = account.Id,
            Status = status,
            CreateTime = now,
            ShippingType = document.ShippingType,
            BuyerUserId = document.UserId,
            WarehouseId = document.WarehouseId,
            Document = "",
        };
        order.Write(document);
        return new TikTokNewOrder(order, package, document);
    }

    /// <summary>Puts the given (unpackaged) line items into a new package waiting to be shipped.</summary>
    public static TikTokPackage NewPackage(SandboxAccount account, TikTokOrderDocument order, IReadOnlyCollection<TikTokLineItem> items, long now)
    {
        var package = new TikTokPackage
        {
            Id = TikTokIds.Package(),
            AccountId = account.Id,
            OrderId = order.Id,
            Status = "TO_FULFILL",
            LineItemIds = string.Join(',', items.Select(i => i.Id)),
            CreateTime = now,
            UpdateTime = now,
        };
        foreach (var item in items)
        {
            item.PackageId = package.Id;
            item.PackageStatus = package.Status;
        }
        order.Packages.Add(new TikTokPackageRef(package.Id));
        return package;
    }

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static TikTokLineItem LineItem(TikTokOrderLine line, string status) => new()
    {
        Id = TikTokIds.LineItem(),
        SkuId = line.Sku.Id,
        SellerSku = line.Sku.SellerSku,
        ProductId = line.Product.Id,
        ProductName = line.Product.Title,
        SkuName = string.Join(", ", line.Sku.SalesAttributes.Select(a => a.ValueName)),
        SkuImage = $"https://p16-oec-va.ibyteimg.com/tos-maliva-i-o3syd03w52-us/{line.Sku.Id}~tplv-o3syd03w52-origin-jpeg.jpeg",
        SalePrice = Money(line.Price),
        OriginalPrice = Money(line.Price),
        Currency = "USD",
        DisplayStatus = status,
        ItemTax = [new TikTokItemTax("SALES_TAX", Money(Math.Round(line.Price * TaxRate, 2, MidpointRounding.AwayFromZero)), TaxRate.ToString("0.####", CultureInfo.InvariantCulture))],
    };
}

public sealed record TikTokOrderLine(TikTokProductDocument Product, TikTokSku Sku, int Quantity)
{
    public decimal Price => decimal.Parse(Sku.Price.SalePrice, CultureInfo.InvariantCulture);
}

public sealed record TikTokNewOrder(TikTokOrder Order, TikTokPackage? Package, TikTokOrderDocument Document);
