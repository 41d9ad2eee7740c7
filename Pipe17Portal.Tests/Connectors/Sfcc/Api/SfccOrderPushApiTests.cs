using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Tests.Sandbox.Sfcc;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>
/// The client calls the order push needs (order with a number, price adjustments, customer creation), against the SFCC
/// emulator over the test server's HTTP, exactly as a sandbox connection makes them.
/// </summary>
public class SfccOrderPushApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(SfccClient Client, TestInstance Sfcc)> ClientAsync()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var credentials = new SfccCredentials("sandbox1", sfcc.OrganizationId, sfcc.SiteId, sfcc.B2cClientId, sfcc.B2cSecret,
            sfcc.ShopClientId, sfcc.ShopSecret, sfcc.OcapiClientId, sfcc.OcapiSecret, sfcc.BmUser, sfcc.BmPassword, "23_2");
        var context = new SfccContext(Guid.NewGuid(), SfccEndpoints.Sandbox(factory.Server.BaseAddress), credentials, IsSandbox: true);
        return (factory.Services.GetRequiredService<SfccClientFactory>().For(context), sfcc);
    }

    private static OcapiAddress Address => new() { FirstName = "Jane", LastName = "Doe", Address1 = "1 Main St", City = "Austin", PostalCode = "78701", StateCode = "TX", CountryCode = "US" };

    private static async Task<OcapiBasket> BasketAsync(SfccClient client, string sku = "TEE-CLASSIC-BLK-M", int quantity = 2)
    {
        var basket = await client.Shop.CreateBasketAsync(new OcapiBasketRequest
        {
            CustomerInfo = new OcapiCustomerInfo { CustomerNo = "00001001", Email = "buyer@example.com" },
            BillingAddress = Address,
            Shipments = [new OcapiShipment { ShipmentId = "me", ShippingMethod = new OcapiShippingMethodRef("001"), ShippingAddress = Address }],
            ProductItems = [new OcapiProductItem { ProductId = sku, Quantity = quantity }],
        });
        Assert.True(basket.IsSuccess, basket.ToString());
        return basket.Data;
    }

    [Fact]
    public async Task AnAdjustedBasketBecomesOrderTT123OnceAndTheNumberIsThenRefused()
    {
        var (client, _) = await ClientAsync();
        var basket = await BasketAsync(client);
        var itemId = basket.ProductItems![0].ItemId!;
        var shippingItemId = basket.ShippingItems![0].ItemId!;

        var item = await client.Shop.AddPriceAdjustmentAsync(basket.BasketId,
            new OcapiPriceAdjustmentRequest(OcapiPriceAdjustmentLevels.Product, itemId, new OcapiDiscount(OcapiDiscountTypes.FixedPrice, 19.00m), null, "TIKTOK_PRICE", "TikTok price"));
        var shipping = await client.Shop.AddPriceAdjustmentAsync(basket.BasketId,
            new OcapiPriceAdjustmentRequest(OcapiPriceAdjustmentLevels.Shipping, shippingItemId, new OcapiDiscount(OcapiDiscountTypes.FixedPrice, 0m)));
        var paid = await client.Shop.AddPaymentInstrumentAsync(basket.BasketId, "CREDIT_CARD", shipping.Data?.OrderTotal);
        var order = await client.Shop.CreateOrderWithNumberAsync("TT123", basket.BasketId);

        Assert.True(item.IsSuccess, item.ToString());
        Assert.Equal(38.00m, item.Data.ProductTotal);
        Assert.Equal(38.00m, item.Data.ProductItems![0].PriceAfterItemDiscount);
        Assert.Equal(-10.00m, item.Data.ProductItems[0].PriceAdjustments![0].Price);
        Assert.True(shipping.IsSuccess, shipping.ToString());
        Assert.Equal(0m, shipping.Data.ShippingTotal);
        Assert.Equal(38.00m, shipping.Data.OrderTotal);
        Assert.Equal(38.00m, shipping.Data.AdjustedMerchandizeTotal);
        Assert.Equal(2, shipping.Data.PriceAdjustments.Count);
        Assert.True(paid.IsSuccess, paid.ToString());

        Assert.True(order.IsSuccess, order.ToString());
        var placed = order.Data;
        Assert.Equal("TT123", placed.OrderNo);
        Assert.Equal("new", placed.Status);
        Assert.Equal(48.00m, placed.ProductItems![0].Price);
        Assert.Equal(38.00m, placed.ProductItems[0].PriceAfterItemDiscount);
        Assert.Equal(38.00m, placed.ProductSubTotal);
        Assert.Equal(38.00m, placed.ProductTotal);
        Assert.Equal(0m, placed.ShippingTotal);
        Assert.Equal(38.00m, placed.OrderTotal);
        var fixedPrice = placed.ProductItems[0].PriceAdjustments!.Single();
        Assert.Equal(OcapiDiscountTypes.FixedPrice, fixedPrice.AppliedDiscount?.Type);
        Assert.Equal(19.00m, fixedPrice.AppliedDiscount?.Amount);
        Assert.Equal("TIKTOK_PRICE", fixedPrice.ReasonCode);
        Assert.Equal("TikTok price", fixedPrice.ItemText);
        Assert.Equal(-5.99m, placed.ShippingItems!.Single().PriceAdjustments!.Single().Price);
        Assert.Equal(["dw.manual1", "dw.manual2"], placed.PriceAdjustments.Select(a => a.PromotionId!));
        Assert.Equal(new OcapiShippingMethodRef("001") { Name = "Ground", Price = 5.99m }, placed.Shipments![0].ShippingMethod);
        Assert.Equal(0m, placed.Shipments[0].ShippingTotal);

        var read = await client.Shop.GetOrderAsync("TT123");
        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(38.00m, read.Data.OrderTotal);

        var other = await BasketAsync(client, "MUG-CERAMIC-WHT-OS", 1);
        await client.Shop.AddPaymentInstrumentAsync(other.BasketId, "CREDIT_CARD", other.OrderTotal);
        var again = await client.Shop.CreateOrderWithNumberAsync("TT123", other.BasketId);

        Assert.False(again.IsSuccess);
        Assert.Equal(SfccErrorKind.Api, again.Error.Kind);
        Assert.Equal(400, again.Error.HttpStatus);
        Assert.Equal("OrderNoAlreadyInUseException", again.Error.FaultType);
        Assert.Equal(SfccShopClient.CreateOrderWithNumberEndpoint, again.Error.Endpoint);
        Assert.Contains("read that order", again.Error.Explanation);
    }

    [Fact]
    public async Task ALostAnswerToTheOrderPutIsTransientAndTheOrderIsFoundAfterwards()
    {
        var (client, sfcc) = await ClientAsync();
        var basket = await BasketAsync(client);
        await client.Shop.AddPaymentInstrumentAsync(basket.BasketId, "CREDIT_CARD", basket.OrderTotal);
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "lost_response" } });

        var lost = await client.Shop.CreateOrderWithNumberAsync("TT777", basket.BasketId);
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 0.0, kinds = Array.Empty<string>() });
        var found = await client.Shop.GetOrderAsync("TT777");
        var again = await client.Shop.CreateOrderWithNumberAsync("TT777", basket.BasketId);

        Assert.False(lost.IsSuccess);
        Assert.Equal(SfccErrorKind.Transient, lost.Error.Kind);
        Assert.Equal(504, lost.Error.HttpStatus);
        Assert.Contains("may or may not have been applied", lost.Error.Explanation);
        Assert.True(found.IsSuccess, found.ToString());
        Assert.Equal("new", found.Data.Status);
        Assert.Equal(53.99m, found.Data.OrderTotal);
        Assert.Equal(SfccErrorKind.NotFound, again.Error?.Kind); // the basket became the order
    }

    [Fact]
    public async Task ABasketWhoseAnswerWasLostIsFoundInTheCustomersBasketsAndDeleted()
    {
        var (client, sfcc) = await ClientAsync();
        var customerId = (await client.Data.GetCustomerAsync("00001001")).Data!.CustomerId!;
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "lost_response" } });

        var lost = await client.Shop.CreateBasketAsync(new OcapiBasketRequest
        {
            CustomerInfo = new OcapiCustomerInfo { CustomerNo = "00001001" },
            ProductItems = [new OcapiProductItem { ProductId = "CAP-DAD-NVY-OS", Quantity = 1 }],
            Extra = new() { ["c_tiktokOrderId"] = System.Text.Json.JsonSerializer.SerializeToElement("5770042") },
        });
        await sfcc.PutJsonAsync($"/sandbox/_control/accounts/{sfcc.AccountId}/faults", new { system = "sfcc", rate = 0.0, kinds = Array.Empty<string>() });
        var open = await client.Shop.GetCustomerBasketsAsync(customerId);
        var found = Assert.Single(open.Data!.Baskets);
        var deleted = await client.Shop.DeleteBasketAsync(found.BasketId);
        var after = await client.Shop.GetCustomerBasketsAsync(customerId);
        var unknown = await client.Shop.GetCustomerBasketsAsync("no-such-customer");

        Assert.Equal(SfccErrorKind.Transient, lost.Error?.Kind);
        Assert.Equal(1, open.Data.Total);
        Assert.Equal("5770042", found.Extra!["c_tiktokOrderId"].GetString());
        Assert.Equal("CAP-DAD-NVY-OS", found.ProductItems!.Single().ProductId);
        Assert.True(deleted.IsSuccess, deleted.ToString());
        Assert.Empty(after.Data!.Baskets);
        Assert.Equal(SfccErrorKind.NotFound, unknown.Error?.Kind);
        Assert.Equal(SfccShopClient.CustomerBasketsEndpoint, unknown.Error?.Endpoint);
    }

    [Fact]
    public async Task ACustomerIsCreatedWithACompanyAndFoundByItAndItsLoginIsUnique()
    {
        var (client, _) = await ClientAsync();
        var customer = new OcapiCustomerCreate
        {
            Credentials = new OcapiCustomerCredentials { Login = "company-northwind-traders" },
            LastName = "Northwind Traders",
            Email = "purchasing@northwind.example",
            CompanyName = "Northwind Traders",
        };

        var created = await client.Data.CreateCustomerAsync(customer);
        var byCompany = await client.Data.SearchCustomersAsync(OcapiQuery.Term("company_name", "Northwind Traders"));
        var byEmail = await client.Data.SearchCustomersAsync(OcapiQuery.Term("email", "purchasing@northwind.example"));
        var byWord = await client.Data.SearchCustomersAsync(OcapiQuery.Text("company_name", "northwind"));
        var duplicate = await client.Data.CreateCustomerAsync(customer with { Email = "other@northwind.example" });

        Assert.True(created.IsSuccess, created.ToString());
        Assert.Matches("^[0-9]{8}$", created.Data.CustomerNo!);
        Assert.Equal("Northwind Traders", created.Data.CompanyName);
        Assert.Equal("company-northwind-traders", created.Data.Credentials?.GetProperty("login").GetString());
        Assert.Equal(created.Data.CustomerNo, byCompany.Data?.Hits.Single().Data.CustomerNo);
        Assert.Equal("Northwind Traders", byCompany.Data?.Hits.Single().Data.CompanyName);
        Assert.Equal(created.Data.CustomerNo, byEmail.Data?.Hits.Single().Data.CustomerNo);
        Assert.Equal(created.Data.CustomerNo, byWord.Data?.Hits.Single().Data.CustomerNo);
        Assert.Equal(SfccErrorKind.Api, duplicate.Error?.Kind);
        Assert.Equal("LoginAlreadyInUseException", duplicate.Error?.FaultType);
        Assert.Equal(SfccDataClient.CreateCustomerEndpoint, duplicate.Error?.Endpoint);
        var read = await client.Data.GetCustomerAsync(created.Data.CustomerNo!);
        Assert.Equal("Northwind Traders", read.Data?.CompanyName);
    }
}
