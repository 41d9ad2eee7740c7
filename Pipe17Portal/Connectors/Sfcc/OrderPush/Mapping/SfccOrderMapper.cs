using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Maps a portal order to the SFCC OCAPI order it becomes (DESIGN §5.2, setup guide Steps 4–7). Pure: it reads only
/// its input, so Preview, a test order and the push all produce the same document. Every field is tried and every
/// problem reported at once, so the merchant fixes an order in one pass.
/// </summary>
public static class SfccOrderMapper
{
    /// <summary>OCAPI's default shipment id: the basket has one shipment and every item goes in it.</summary>
    public const string ShipmentId = "me";

    public static SfccOrderDraft Map(SfccMappingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new MappingContext(input);
        var order = input.Order;
        var orderNo = SfccOrderNumber.For(order.SourceOrderId);

        if (string.IsNullOrWhiteSpace(input.CustomerNo))
        {
            context.Problems.Add(MappingProblems.CustomerMissing(input.ConnectionId));
        }
        var email = Text(context, MappingTargets.CustomerEmail);
        var billing = Address(context, MappingTargets.BillingAddress);
        var shippingAddress = Address(context, MappingTargets.ShippingAddress);
        var shippingMethod = ShippingMethodResolver.Resolve(context);
        var lines = Lines(context);
        var payments = PaymentInstrumentsResolver.Resolve(context);
        var attributes = CustomAttributes(context);

        if (context.Problems.Count > 0 || shippingMethod is null || payments is null)
        {
            return new SfccOrderDraft(orderNo, null, [], order.ShippingFee, [], null, context.Problems);
        }
        var basket = new OcapiBasketRequest
        {
            CustomerInfo = new OcapiCustomerInfo { CustomerNo = input.CustomerNo.Trim(), Email = email },
            BillingAddress = billing,
            Shipments = [new OcapiShipment { ShipmentId = ShipmentId, ShippingMethod = new OcapiShippingMethodRef(shippingMethod), ShippingAddress = shippingAddress }],
            ProductItems = [.. lines.Select(l => new OcapiProductItem { ProductId = l.ProductId, Quantity = l.Quantity, ShipmentId = ShipmentId })],
            Extra = attributes.Count > 0 ? attributes : null,
        };
        return new SfccOrderDraft(orderNo, basket, lines, order.ShippingFee, payments, SfccOrderDocument.Build(orderNo, basket, payments), []);
    }

    /// <summary>The payment instruments alone (null when their mapping fails), for checks that judge each field on its own.</summary>
    public static IReadOnlyList<OcapiPaymentInstrumentRequest>? MapPayments(SfccMappingInput input) =>
        PaymentInstrumentsResolver.Resolve(new MappingContext(input));

    /// <summary>The shipping method id alone (null when its mapping fails), for checks that judge each field on its own.</summary>
    public static string? MapShippingMethod(SfccMappingInput input) =>
        ShippingMethodResolver.Resolve(new MappingContext(input));

    /// <summary>
    /// The price of one unit as the channel sold it. TikTok's <c>sale_price</c> already has the seller's discount taken
    /// off, and its platform discount is funded by TikTok, so the line's unit price is what the merchant sold at.
    /// </summary>
    public static decimal UnitPriceAfterDiscount(OrderLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Math.Round(line.UnitPrice, 2, MidpointRounding.AwayFromZero);
    }

    private static List<SfccDraftLine> Lines(MappingContext context)
    {
        var lines = new List<SfccDraftLine>();
        foreach (var line in context.Input.Order.Lines.Where(l => l.WantedQuantity > 0))
        {
            if (context.Input.ProductIds.TryGetValue(line.Sku, out var productId) && !string.IsNullOrWhiteSpace(productId))
            {
                lines.Add(new SfccDraftLine(line.Sku, productId, line.WantedQuantity, UnitPriceAfterDiscount(line)));
            }
            else
            {
                context.Problems.Add(MappingProblems.UnknownSku(line.Sku));
            }
        }
        return lines;
    }

    private static OcapiAddress Address(MappingContext context, string prefix)
    {
        string? Part(string field) => Text(context, $"{prefix}.{field}");
        return new OcapiAddress
        {
            FirstName = Part("first_name"),
            LastName = Part("last_name"),
            Address1 = Part("address1"),
            Address2 = Part("address2"),
            City = Part("city"),
            StateCode = Part("state_code"),
            PostalCode = Part("postal_code"),
            CountryCode = Part("country_code"),
            Phone = Part("phone"),
        };
    }

    private static string? Text(MappingContext context, string target) =>
        FieldValueResolver.TryResolve(context, context.Mapping(target), out var value) ? SourceDocPath.Text(value) : null;

    private static Dictionary<string, JsonElement> CustomAttributes(MappingContext context)
    {
        var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var mapping in context.CustomAttributes.Prepend(context.Mapping(MappingTargets.TikTokOrderId)))
        {
            if (FieldValueResolver.TryResolve(context, mapping, out var value) && value is not null)
            {
                attributes[mapping.Target] = JsonSerializer.SerializeToElement<JsonNode>(value);
            }
        }
        return attributes;
    }
}
