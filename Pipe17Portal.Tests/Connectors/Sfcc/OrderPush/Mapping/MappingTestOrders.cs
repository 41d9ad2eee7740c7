using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>A realistic TikTok Shop order as the portal holds it, and the mapping input built from it.</summary>
internal static class MappingTestOrders
{
    public const string TikTokOrderId = "576461413038785752";
    public const string OptionId = "7091146663229654785";
    public const string OptionName = "Standard shipping";
    public static readonly Guid ConnectionId = Guid.Parse("0197a1b2-0000-7000-8000-000000000001");

    /// <summary>
    /// Two tees (a third canceled), a fully canceled mug and a cap. Total 64.31 = 38.00 + 15.50 + 5.99 shipping + 4.82 tax.
    /// </summary>
    public static Order Order() => new()
    {
        Id = Guid.Parse("0197a1b2-0000-7000-8000-0000000000aa"),
        SourceConnectionId = Guid.Parse("0197a1b2-0000-7000-8000-000000000002"),
        SourceOrderId = TikTokOrderId,
        SourceStatus = "AWAITING_SHIPMENT",
        Status = OrderStatus.ReadyForFulfillment,
        PlacedAt = new DateTimeOffset(2026, 11, 27, 9, 15, 30, TimeSpan.FromHours(-6)),
        PaidAt = new DateTimeOffset(2026, 11, 27, 15, 16, 0, TimeSpan.Zero),
        Currency = "USD",
        Subtotal = 53.50m,
        ShippingFee = 5.99m,
        Tax = 4.82m,
        Discount = 3.00m,
        Total = 64.31m,
        PaymentMethod = "Credit card",
        ShippingOptionId = OptionId,
        ShippingOptionName = OptionName,
        ShippingAddress = new ShippingAddress
        {
            Name = "Mary Ann Smith",
            Phone = "(+1)512*****67",
            Line1 = "1 Main St",
            Line2 = "Apt 4",
            City = "Austin",
            Region = "Texas",
            PostalCode = "78701",
            CountryCode = "US",
            FullAddress = "1 Main St, Apt 4, Austin, Texas 78701, US",
        },
        BuyerEmail = "v2_buyer@scs.tiktokw.us",
        BuyerReference = "7494560109732334671",
        SourcePayload = "{}",
        Lines =
        [
            new OrderLine { Sku = "TS-RED-M", Name = "Classic Tee", VariantName = "Red, M", Quantity = 3, CanceledQuantity = 1, UnitPrice = 20.00m, Discount = 3.00m, Total = 60.00m, SourceLineIds = "1,2,3" },
            new OrderLine { Sku = "MUG-11OZ", Name = "Mug", Quantity = 1, CanceledQuantity = 1, UnitPrice = 12.00m, Discount = 0m, Total = 12.00m, SourceLineIds = "4" },
            new OrderLine { Sku = "CAP-BLK", Name = "Cap", VariantName = "Black", Quantity = 1, UnitPrice = 15.50m, Discount = 0m, Total = 15.50m, SourceLineIds = "5" },
        ],
    };

    public static JsonObject SourceDoc(Order? order = null) => SourceDocument.Build(order ?? Order(), "tiktok", "My TikTok Shop");

    public static readonly IReadOnlyDictionary<string, string> ProductIds = new Dictionary<string, string>
    {
        ["TS-RED-M"] = "701643632930",
        ["CAP-BLK"] = "cap-black-os",
    };

    /// <summary>The shipping option mapped by name, everything else at its default.</summary>
    public static IReadOnlyList<FieldMapping> Mapped(params FieldMapping[] overrides) =>
        OrderMappingFields.Merge([ShippingLookup(new LookupRow(OptionName, "001")), .. overrides]);

    public static FieldMapping ShippingLookup(params LookupRow[] rows) =>
        new(MappingTargets.ShippingMethod, FieldMappingKind.Lookup, LookupSource: "shipping.optionName", Lookup: rows);

    public static SfccMappingInput Input(IReadOnlyList<FieldMapping> mappings, Order? order = null, string customerNo = "00000001", IReadOnlyDictionary<string, string>? productIds = null)
    {
        order ??= Order();
        return new SfccMappingInput(order, SourceDoc(order), mappings, customerNo, productIds ?? ProductIds, ConnectionId);
    }
}
