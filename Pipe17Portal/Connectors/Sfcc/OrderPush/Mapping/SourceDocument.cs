using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The portal order as mapping scripts and lookups see it (<c>sourcedoc</c>, camelCase). It is built from the portal's
/// own order rather than the channel's payload, so a mapping keeps working whatever channel the order came from and
/// the merchant can read every field in the editor (<see cref="Fields"/>).
/// </summary>
public static partial class SourceDocument
{
    public static JsonObject Build(Order order, string channel, string? sourceConnectionName)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new JsonObject
        {
            ["id"] = order.Id.ToString(),
            ["orderNumber"] = order.SourceOrderId,
            ["channel"] = channel,
            ["sourceConnection"] = sourceConnectionName,
            ["status"] = JsonNamingPolicy.CamelCase.ConvertName(order.Status.ToString()),
            ["sourceStatus"] = order.SourceStatus,
            ["placedAt"] = Timestamp(order.PlacedAt),
            ["paidAt"] = order.PaidAt is { } paid ? Timestamp(paid) : null,
            ["currency"] = order.Currency,
            ["subtotal"] = order.Subtotal,
            ["shippingFee"] = order.ShippingFee,
            ["tax"] = order.Tax,
            ["discount"] = order.Discount,
            ["total"] = order.Total,
            // The portal order has no company: TikTok Shop shares none, so company-based matching cannot work for it.
            ["buyer"] = new JsonObject { ["email"] = order.BuyerEmail, ["reference"] = order.BuyerReference, ["company"] = null },
            ["shipping"] = new JsonObject
            {
                ["optionId"] = order.ShippingOptionId,
                ["optionName"] = order.ShippingOptionName,
                ["address"] = Address(order.ShippingAddress),
            },
            ["lines"] = new JsonArray([.. order.Lines.Where(l => l.WantedQuantity > 0).Select(Line)]),
            // Channels pay an order once; the setup guide's payment script reads sourcedoc.payments[0].amount.
            ["payments"] = new JsonArray(new JsonObject { ["method"] = order.PaymentMethod, ["amount"] = order.Total, ["currency"] = order.Currency }),
        };
    }

    /// <summary>SFCC wants a first and a last name; channels give one name. The last word is the last name.</summary>
    public static (string? FirstName, string? LastName) SplitName(string? name)
    {
        var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? (null, null) : (string.Join(' ', words[..^1]), words[^1]);
    }

    private static JsonObject Address(ShippingAddress address)
    {
        var (firstName, lastName) = SplitName(address.Name);
        return new JsonObject
        {
            ["name"] = address.Name,
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["phone"] = address.Phone,
            ["line1"] = address.Line1,
            ["line2"] = address.Line2,
            ["city"] = address.City,
            ["region"] = address.Region,
            ["postalCode"] = address.PostalCode,
            ["countryCode"] = address.CountryCode,
            ["fullAddress"] = address.FullAddress,
        };
    }

    private static JsonObject Line(OrderLine line) => new()
    {
        ["sku"] = line.Sku,
        ["name"] = line.Name,
        ["variantName"] = line.VariantName,
        ["quantity"] = line.WantedQuantity,
        ["unitPrice"] = line.UnitPrice,
        ["discount"] = line.Discount,
        ["total"] = line.Total,
    };

    private static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
