using System.Text.Json.Nodes;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

public class SourceDocumentTests
{
    [Fact]
    public void ARealisticOrderBecomesTheDocumentScriptsRead()
    {
        var order = MappingTestOrders.Order();

        var doc = SourceDocument.Build(order, "tiktok", "My TikTok Shop");

        Assert.Equal(order.Id.ToString(), (string?)doc["id"]);
        Assert.Equal(MappingTestOrders.TikTokOrderId, (string?)doc["orderNumber"]);
        Assert.Equal("tiktok", (string?)doc["channel"]);
        Assert.Equal("My TikTok Shop", (string?)doc["sourceConnection"]);
        Assert.Equal("readyForFulfillment", (string?)doc["status"]);
        Assert.Equal("AWAITING_SHIPMENT", (string?)doc["sourceStatus"]);
        Assert.Equal("2026-11-27T15:15:30Z", (string?)doc["placedAt"]);
        Assert.Equal("2026-11-27T15:16:00Z", (string?)doc["paidAt"]);
        Assert.Equal("USD", (string?)doc["currency"]);
        Assert.Equal((53.50m, 5.99m, 4.82m, 3.00m, 64.31m),
            ((decimal)doc["subtotal"]!, (decimal)doc["shippingFee"]!, (decimal)doc["tax"]!, (decimal)doc["discount"]!, (decimal)doc["total"]!));
        Assert.Equal("v2_buyer@scs.tiktokw.us", (string?)doc["buyer"]!["email"]);
        Assert.Equal("7494560109732334671", (string?)doc["buyer"]!["reference"]);
        Assert.Null(doc["buyer"]!["company"]);
        Assert.True(doc["buyer"]!.AsObject().ContainsKey("company"));
        Assert.Equal((MappingTestOrders.OptionId, MappingTestOrders.OptionName), ((string?)doc["shipping"]!["optionId"], (string?)doc["shipping"]!["optionName"]));

        var address = doc["shipping"]!["address"]!;
        Assert.Equal(("Mary Ann Smith", "Mary Ann", "Smith"), ((string?)address["name"], (string?)address["firstName"], (string?)address["lastName"]));
        Assert.Equal(("1 Main St", "Apt 4", "Austin", "Texas", "78701", "US"),
            ((string?)address["line1"], (string?)address["line2"], (string?)address["city"], (string?)address["region"], (string?)address["postalCode"], (string?)address["countryCode"]));
        Assert.Equal("(+1)512*****67", (string?)address["phone"]);

        var lines = doc["lines"]!.AsArray();
        Assert.Equal(["TS-RED-M", "CAP-BLK"], lines.Select(l => (string?)l!["sku"]));
        Assert.Equal((2, 20.00m, 3.00m, 60.00m, "Red, M"),
            ((int)lines[0]!["quantity"]!, (decimal)lines[0]!["unitPrice"]!, (decimal)lines[0]!["discount"]!, (decimal)lines[0]!["total"]!, (string?)lines[0]!["variantName"]));

        var payment = Assert.Single(doc["payments"]!.AsArray())!;
        Assert.Equal(("Credit card", 64.31m, "USD"), ((string?)payment["method"], (decimal)payment["amount"]!, (string?)payment["currency"]));
    }

    [Theory]
    [InlineData("Mary Ann Smith", "Mary Ann", "Smith")]
    [InlineData("  Jane   Doe ", "Jane", "Doe")]
    [InlineData("Cher", "", "Cher")]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void TheLastWordOfTheNameIsTheLastName(string? name, string? firstName, string? lastName) =>
        Assert.Equal((firstName, lastName), SourceDocument.SplitName(name));

    [Fact]
    public void AnUnpaidOrderHasNoPaidAtAndAMissingAddressStaysEmpty()
    {
        var order = MappingTestOrders.Order();
        order.PaidAt = null;
        order.ShippingAddress = new();

        var doc = SourceDocument.Build(order, "tiktok", null);

        Assert.Null(doc["paidAt"]);
        Assert.Null(doc["sourceConnection"]);
        Assert.Null(doc["shipping"]!["address"]!["firstName"]);
        Assert.Null(doc["shipping"]!["address"]!["lastName"]);
    }

    [Fact]
    public void TheFieldListDocumentsEveryPathOfTheDocumentAndNothingElse()
    {
        var doc = SourceDocument.Build(MappingTestOrders.Order(), "tiktok", "My TikTok Shop");
        var documented = SourceDocument.Fields.Select(f => f.Path).ToHashSet();

        var paths = Paths(doc, "").ToList();

        Assert.Empty(paths.Except(documented));
        Assert.Empty(documented.Except(paths));
        Assert.All(SourceDocument.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Type) || string.IsNullOrWhiteSpace(f.Description), f.Path));
    }

    /// <summary>Every path of the document, arrays written as the editor does: <c>lines[]</c>, <c>payments[0]</c>.</summary>
    private static IEnumerable<string> Paths(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    if (value is JsonArray)
                    {
                        yield return path;
                    }
                    foreach (var child in Paths(value, path))
                    {
                        yield return child;
                    }
                }
                break;
            case JsonArray array:
                var item = prefix == "payments" ? "payments[0]" : $"{prefix}[]";
                foreach (var child in array.SelectMany(element => Paths(element, item)).Distinct())
                {
                    yield return child;
                }
                break;
            default:
                if (prefix.Length > 0 && !prefix.EndsWith(']'))
                {
                    yield return prefix;
                }
                break;
        }
    }
}
