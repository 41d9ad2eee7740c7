using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using static Pipe17Portal.Client.Api.Contracts.FieldMappingKind;
using static Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping.MappingTestOrders;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

public class SfccOrderMapperTests
{
    private static readonly string ShippingFixLink = $"/integrations/{ConnectionId}/mapping?field=shipments%5B0%5D.shipping_method.id";

    [Fact]
    public void TheDefaultMappingBuildsTheOcapiOrder()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped()));

        Assert.Empty(draft.Problems);
        Assert.True(draft.IsReady);
        Assert.Equal("TT576461413038785752", draft.OrderNo);
        var basket = draft.Basket;
        Assert.Equal(("00000001", "v2_buyer@scs.tiktokw.us"), (basket.CustomerInfo!.CustomerNo, basket.CustomerInfo.Email));
        foreach (var address in new[] { basket.BillingAddress!, basket.Shipments![0].ShippingAddress! })
        {
            Assert.Equal(("Mary Ann", "Smith", "1 Main St", "Apt 4", "Austin", "Texas", "78701", "US", "(+1)512*****67"),
                (address.FirstName, address.LastName, address.Address1, address.Address2, address.City, address.StateCode, address.PostalCode, address.CountryCode, address.Phone));
        }
        var shipment = Assert.Single(basket.Shipments!);
        Assert.Equal(("me", "001"), (shipment.ShipmentId, shipment.ShippingMethod!.Id));
        Assert.Equal([("701643632930", 2m, "me"), ("cap-black-os", 1m, "me")], basket.ProductItems!.Select(p => (p.ProductId, p.Quantity, p.ShipmentId!)));
        Assert.Equal("576461413038785752", basket.Extra!["c_tiktokOrderId"].GetString());

        // 20.00 a tee less 3.00 of discount spread over its three units (one canceled); the cap has no discount.
        Assert.Equal([new SfccDraftLine("TS-RED-M", "701643632930", 2, 20.00m), new SfccDraftLine("CAP-BLK", "cap-black-os", 1, 15.50m)], draft.Lines);
        Assert.Equal(5.99m, draft.ShippingPrice);
        Assert.Equal([new("TTS", 64.31m)], draft.Payments);
    }

    [Fact]
    public void TheDocumentIsTheBasketAsSentPlusOrderNumberAndPayments()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped()));
        var doc = draft.Document!;

        Assert.Equal("TT576461413038785752", (string?)doc["order_no"]);
        Assert.Equal("001", (string?)doc["shipments"]![0]!["shipping_method"]!["id"]);
        Assert.Equal("me", (string?)doc["shipments"]![0]!["shipment_id"]);
        Assert.Equal("Smith", (string?)doc["shipments"]![0]!["shipping_address"]!["last_name"]);
        Assert.Equal("Texas", (string?)doc["billing_address"]!["state_code"]);
        Assert.Equal("00000001", (string?)doc["customer_info"]!["customer_no"]);
        Assert.Equal("701643632930", (string?)doc["product_items"]![0]!["product_id"]);
        Assert.Equal(2m, (decimal)doc["product_items"]![0]!["quantity"]!);
        Assert.Equal("TTS", (string?)doc["payment_instruments"]![0]!["payment_method_id"]);
        Assert.Equal(64.31m, (decimal)doc["payment_instruments"]![0]!["amount"]!);
        Assert.Equal("576461413038785752", (string?)doc["c_tiktokOrderId"]);
        Assert.Equal(["order_no", "customer_info", "billing_address", "shipments", "product_items", "payment_instruments", "c_tiktokOrderId"], doc.Select(p => p.Key));
        Assert.All(Keys(doc), key => Assert.Matches("^(c_[A-Za-z0-9_]+|[a-z0-9_]+)$", key));

        var basketOnWire = JsonSerializer.SerializeToNode(draft.Basket, SfccJson.Ocapi)!.AsObject();
        var withoutExtras = doc.DeepClone().AsObject();
        withoutExtras.Remove("order_no");
        withoutExtras.Remove("payment_instruments");
        Assert.True(JsonNode.DeepEquals(basketOnWire, withoutExtras), $"{basketOnWire.ToJsonString()}\n{withoutExtras.ToJsonString()}");
    }

    public static TheoryData<FieldMapping, string> ShippingMethodMappings => new()
    {
        { ShippingLookup(new LookupRow(OptionName, "001")), "001" },
        { ShippingLookup(new LookupRow(OptionId, "002")), "002" },
        { ShippingLookup(new LookupRow("  STANDARD shipping ", "003")), "003" },
        { ShippingLookup(new LookupRow("standard shipping", "wrong"), new LookupRow(OptionName, "004")), "004" },
        { ShippingLookup(new LookupRow("Express", "EXP"), new LookupRow(OptionId, "005")), "005" },
        { new(MappingTargets.ShippingMethod, Lookup, LookupSource: "shipping.optionId", Lookup: [new(OptionName, "006")]), "006" },
        { new(MappingTargets.ShippingMethod, Constant, Constant: " EXPRESS "), "EXPRESS" },
        { new(MappingTargets.ShippingMethod, Script, Script: "sourcedoc.shipping.optionName === 'Standard shipping' ? 'STD' : 'EXP'"), "STD" },
    };

    [Theory]
    [MemberData(nameof(ShippingMethodMappings))]
    public void EveryKindOfShippingMethodMappingIsHonoured(FieldMapping mapping, string methodId)
    {
        var draft = SfccOrderMapper.Map(Input(OrderMappingFields.Merge([mapping])));

        Assert.Empty(draft.Problems);
        Assert.Equal(methodId, draft.Basket!.Shipments![0].ShippingMethod!.Id);
        Assert.Equal(methodId, (string?)draft.Document!["shipments"]![0]!["shipping_method"]!["id"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnUnmappedDeliveryOptionStopsTheOrderInsteadOfSendingAPlaceholder(bool withOtherRows)
    {
        var mappings = withOtherRows ? OrderMappingFields.Merge([ShippingLookup(new LookupRow("Express", "EXP"))]) : OrderMappingFields.Merge([]);

        var draft = SfccOrderMapper.Map(Input(mappings));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.UnmappedShippingOption, problem.Type);
        Assert.Equal("Map the delivery option \"Standard shipping (7091146663229654785)\" to an SFCC shipping method", problem.Message);
        Assert.Equal(ShippingFixLink, problem.FixLink);
        Assert.Contains("placeholder", problem.Cause, StringComparison.Ordinal);
        Assert.Contains("Step 6", problem.Fix, StringComparison.Ordinal);
        Assert.False(draft.IsReady);
        Assert.Null(draft.Basket);
        Assert.Null(draft.Document);
        Assert.Empty(draft.Lines);
        Assert.Empty(draft.Payments);
        Assert.Equal("TT576461413038785752", draft.OrderNo);
    }

    [Fact]
    public void ASavedDefaultForTheShippingMethodStillNeedsTheMapping()
    {
        var draft = SfccOrderMapper.Map(Input([new FieldMapping(MappingTargets.ShippingMethod, Default)]));

        Assert.Equal(OrderExceptionType.UnmappedShippingOption, Assert.Single(draft.Problems).Type);
    }

    [Theory]
    [InlineData("1", "a non-empty string")]
    [InlineData("null", "a non-empty string")]
    [InlineData("'  '", "a non-empty string")]
    [InlineData("['001']", "a non-empty string")]
    public void AShippingScriptMustGiveAMethodId(string script, string expected)
    {
        var draft = SfccOrderMapper.Map(Input(OrderMappingFields.Merge([new(MappingTargets.ShippingMethod, Script, Script: script)])));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.Contains(MappingTargets.ShippingMethod, problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(ShippingFixLink, problem.FixLink);
    }

    [Fact]
    public void AFailingPaymentScriptIsReportedWithTheFieldAndTheLine()
    {
        var script = "((sourcedoc) => {\n  return [{ payment_method_id: 'TTS', amount: sourcedoc.payments[1].amount }]\n})(sourcedoc)";

        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: script))));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.StartsWith("The script for payment_instruments failed: The script failed at line 2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("TypeError: Cannot read properties of undefined (reading 'amount')", problem.Message, StringComparison.Ordinal);
        Assert.Equal($"/integrations/{ConnectionId}/mapping?field=payment_instruments", problem.FixLink);
        Assert.False(string.IsNullOrWhiteSpace(problem.Cause));
        Assert.Contains("Preview", problem.Fix, StringComparison.Ordinal);
        Assert.Null(draft.Document);
    }

    [Fact]
    public void ARunawayPaymentScriptIsAProblemNotAHang()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: "while (true) {}"))));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.Contains("safety limit", problem.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("'TTS'")]
    [InlineData("({ payment_method_id: 'TTS' })")]
    [InlineData("[{ amount: 64.31 }]")]
    [InlineData("[{ payment_method_id: '', amount: 64.31 }]")]
    [InlineData("[{ payment_method_id: 7, amount: 64.31 }]")]
    [InlineData("[{ payment_method_id: 'TTS', amount: -1 }]")]
    [InlineData("[{ payment_method_id: 'TTS', amount: '64.31' }]")]
    [InlineData("[{ payment_method_id: 'TTS' }, 'GIFT']")]
    [InlineData("undefined")]
    public void PaymentInstrumentsMustHaveTheDocumentedShape(string script)
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: script))));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.Contains("payment_method_id", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("The mapping of payment_instruments gave", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentsCanBeSplitAndAmountsLeftOut()
    {
        var script = "[{ payment_method_id: 'TTS', amount: 60 }, { payment_method_id: 'GIFT_CERTIFICATE', amount: 4.31 }, { payment_method_id: ' CASH ' }]";

        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: script))));

        Assert.Empty(draft.Problems);
        Assert.Equal([new("TTS", 60m), new("GIFT_CERTIFICATE", 4.31m), new("CASH", null)], draft.Payments);
        Assert.False(draft.Document!["payment_instruments"]![2]!.AsObject().ContainsKey("amount"));
    }

    [Fact]
    public void APaymentConstantIsAMethodPayingTheOrderTotal()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping(MappingTargets.PaymentInstruments, Constant, Constant: "TIKTOK_PAY"))));

        Assert.Equal([new("TIKTOK_PAY", 64.31m)], draft.Payments);
    }

    [Fact]
    public void CustomAttributesAndFieldOverridesReachTheDocument()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(
            new FieldMapping("c_buyerReference", Script, Script: "'tt-' + sourcedoc.buyer.reference"),
            new FieldMapping("c_lineCount", Script, Script: "sourcedoc.lines.length"),
            new FieldMapping("c_channel", Constant, Constant: "TikTok Shop"),
            new FieldMapping("c_region", Lookup, LookupSource: "shipping.address.region", Lookup: [new("texas", "south")]),
            new FieldMapping("c_nothing", Script, Script: "null"),
            new FieldMapping(MappingTargets.CustomerEmail, Constant, Constant: "tiktok-orders@example.com"),
            new FieldMapping("billing_address.postal_code", Script, Script: "Number(sourcedoc.shipping.address.postalCode)"),
            new FieldMapping("shipments[0].shipping_address.first_name", Script, Script: "sourcedoc.shipping.address.firstName.toUpperCase()"))));

        Assert.Empty(draft.Problems);
        var doc = draft.Document!;
        Assert.Equal("tt-7494560109732334671", (string?)doc["c_buyerReference"]);
        Assert.Equal(2, (int)doc["c_lineCount"]!);
        Assert.Equal("TikTok Shop", (string?)doc["c_channel"]);
        Assert.Equal("south", (string?)doc["c_region"]);
        Assert.False(doc.ContainsKey("c_nothing"));
        Assert.Equal("tiktok-orders@example.com", (string?)doc["customer_info"]!["email"]);
        Assert.Equal("78701", (string?)doc["billing_address"]!["postal_code"]);
        Assert.Equal("MARY ANN", (string?)doc["shipments"]![0]!["shipping_address"]!["first_name"]);
        Assert.Equal("Mary Ann", (string?)doc["billing_address"]!["first_name"]);
        Assert.Equal("tt-7494560109732334671", draft.Basket!.Extra!["c_buyerReference"].GetString());
    }

    [Fact]
    public void ALookupMissOnAnotherFieldIsAMappingProblem()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(
            new FieldMapping("c_region", Lookup, LookupSource: "shipping.address.region", Lookup: [new("California", "west")]))));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.Equal("The lookup for c_region has no row for shipping.address.region \"Texas\"", problem.Message);
        Assert.Equal($"/integrations/{ConnectionId}/mapping?field=c_region", problem.FixLink);
    }

    [Theory]
    [InlineData("({ street: '1 Main St' })")]
    [InlineData("['a']")]
    [InlineData("true")]
    public void ASingleValuedFieldRefusesObjectsArraysAndBooleans(string script)
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(new FieldMapping("billing_address.address1", Script, Script: script))));

        var problem = Assert.Single(draft.Problems);
        Assert.Equal(OrderExceptionType.MappingScriptError, problem.Type);
        Assert.Contains("billing_address.address1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("a string, a number or null", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesOfReadOnlyFieldsAreIgnored()
    {
        var draft = SfccOrderMapper.Map(Input(Mapped(
            new FieldMapping(MappingTargets.OrderNo, Constant, Constant: "HACKED"),
            new FieldMapping(MappingTargets.CustomerNo, Constant, Constant: "99999"))));

        Assert.Equal("TT576461413038785752", draft.OrderNo);
        Assert.Equal("TT576461413038785752", (string?)draft.Document!["order_no"]);
        Assert.Equal("00000001", draft.Basket!.CustomerInfo!.CustomerNo);
    }

    [Fact]
    public void EveryProblemOfAnOrderIsReportedAtOnce()
    {
        var draft = SfccOrderMapper.Map(Input(
            OrderMappingFields.Merge([new FieldMapping(MappingTargets.PaymentInstruments, Script, Script: "nope()")]),
            customerNo: " ",
            productIds: new Dictionary<string, string> { ["TS-RED-M"] = "701643632930" }));

        Assert.Equal(
            [OrderExceptionType.CustomerNotConfigured, OrderExceptionType.UnknownSku, OrderExceptionType.UnmappedShippingOption, OrderExceptionType.MappingScriptError],
            draft.Problems.Select(p => p.Type).Order());
        var unknown = Assert.Single(draft.Problems, p => p.Type == OrderExceptionType.UnknownSku);
        Assert.Equal("SKU \"CAP-BLK\" has no Salesforce product", unknown.Message);
        Assert.Null(draft.Basket);
        Assert.All(draft.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Cause) || string.IsNullOrWhiteSpace(p.Fix) || string.IsNullOrWhiteSpace(p.FixLink)));
    }

    [Fact]
    public void TheSameInputAlwaysGivesTheSameDocument()
    {
        var input = Input(Mapped(new FieldMapping("c_lineCount", Script, Script: "sourcedoc.lines.length")));

        var first = SfccOrderMapper.Map(input).Document!;
        var second = SfccOrderMapper.Map(input).Document!;

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Keys),
        _ => [],
    };
}
