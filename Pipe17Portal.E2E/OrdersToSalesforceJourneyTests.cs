using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

/// <summary>
/// Setup guide Steps 4–8 and the best practice "Test one order": a merchant with a sandbox TikTok shop and a sandbox
/// Salesforce instance creates the generic customer and payment method TTS, maps the delivery options, tests one order,
/// switches the push on, and sees both orders and then a cancellation reach Salesforce.
/// </summary>
public class OrdersToSalesforceJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    /// <summary>How long a flow (webhook import, push, cancellation) may take to show on a page that is reloaded meanwhile.</summary>
    private static readonly TimeSpan FlowTime = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task AMerchantTestsOneOrderThenPushesOrdersAndACancellationIntoSalesforce()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Juniper Trading", $"orders-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");

        // 1. A sandbox TikTok shop, connected through the consent page, with no hold: paid orders are ready at once.
        await shell.NavigateAsync("Integrations");
        var integrations = new IntegrationsPage(page);
        await integrations.AddConnectionAsync("TikTok Shop", "Juniper US");
        await shell.ReadMessageAsync("Added 'Juniper US'.");
        await OpenConnectionAsync(page, shell, "Juniper US");
        var tiktok = new TikTokConnectionPage(page);
        await tiktok.UseSandboxAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sandbox/tiktok/services/open/authorize"));
        await tiktok.AuthorizeAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/integrations/[0-9a-f-]+\\?connected="));
        await shell.WaitUntilInteractiveAsync();
        await Expect(tiktok.StatusMessage).ToContainTextAsync("Connected —");
        await tiktok.SetOrderHoldAsync(0);
        await tiktok.SaveAsync();
        await shell.ReadMessageAsync("Settings saved.");

        // 2. A sandbox Salesforce instance: every Connect check passes.
        await shell.NavigateAsync("Integrations");
        await integrations.AddConnectionAsync("Salesforce Commerce Cloud", "Juniper SFCC");
        await shell.ReadMessageAsync("Added 'Juniper SFCC'.");
        await OpenConnectionAsync(page, shell, "Juniper SFCC");
        var sfcc = new SfccConnectionPage(page);
        await sfcc.UseSandboxAsync();
        await Expect(sfcc.StatusMessage).ToContainTextAsync("Connected —", new() { Timeout = 20_000 });
        await Expect(sfcc.Checks).ToHaveCountAsync(7);
        await Expect(page.GetByTestId("sfcc-check-fix")).ToHaveCountAsync(0);

        // 3. Sandbox Business Manager: payment method TTS, and the generic customer that stands for TikTok Shop buyers.
        await shell.NavigateAsync("Business Manager");
        var businessManager = new BusinessManagerPage(page);
        await businessManager.CreatePaymentMethodAsync("TTS");
        await shell.ReadMessageAsync("Payment method TTS created.");
        await Expect(businessManager.PaymentMethodRows.Filter(new() { HasText = "TTS" })).ToHaveCountAsync(1);
        var genericCustomer = await businessManager.CreateCustomerAsync("tiktok-orders@juniper.example");
        await shell.ReadMessageAsync("Customer tiktok-orders@juniper.example created.");
        Assert.Matches("^[0-9]+$", genericCustomer);

        // 4. Orders to Salesforce: a generic customer for all orders; Push orders stays off for now.
        await shell.NavigateAsync("Integrations");
        await OpenConnectionAsync(page, shell, "Juniper SFCC");
        var sync = new OrderSyncPanel(page);
        await Expect(sync.Strategy).ToHaveValueAsync("Use a generic customer for all orders");
        await Expect(sync.StrategyWarning).ToHaveCountAsync(0);
        await Expect(sync.CancelWarning).ToHaveCountAsync(0);
        await Expect(sync.PushOrders).Not.ToBeCheckedAsync();
        await sync.SetGenericCustomerAsync(genericCustomer);
        await sync.SaveAsync();
        await shell.ReadMessageAsync("Orders to Salesforce settings saved.");
        await Expect(sync.ServerWarnings).ToHaveCountAsync(0);

        // 5. Mapping: each TikTok delivery option to a Salesforce shipping method; the payment script (TTS) stays.
        await sync.EditMappingAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/integrations/[0-9a-f-]+/mapping$"));
        await shell.WaitUntilInteractiveAsync();
        var mapping = new OrderMappingPage(page);
        await Expect(mapping.SelectedKind(OrderMappingPage.ShippingMethod)).ToHaveTextAsync("Lookup table");
        // No order yet, yet every delivery option of the shop is offered: read live from TikTok's logistics API.
        await Expect(mapping.ShippingOptions()).ToHaveCountAsync(3);
        await Expect(mapping.ShippingOptions(source: "tiktok", mapped: false)).ToHaveCountAsync(3);
        await Expect(mapping.ShippingOptions(source: "tiktok").Filter(new() { HasText = "Seller shipping" })).ToContainTextAsync("Main warehouse");
        await mapping.AddShippingLookupAsync("Standard shipping", "001");
        await mapping.AddShippingLookupAsync("Express shipping", "002");
        await mapping.AddShippingLookupAsync("Seller shipping", "003");
        await Expect(mapping.ShippingOptions(mapped: true)).ToHaveCountAsync(3);
        await Expect(mapping.SelectedKind(OrderMappingPage.PaymentInstruments)).ToHaveTextAsync("Script");
        await Expect(mapping.Script(OrderMappingPage.PaymentInstruments)).ToHaveValueAsync(new Regex("'TTS'"));
        await mapping.SaveAsync();
        await shell.ReadMessageAsync("Mapping saved.");
        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(mapping.LookupRows(OrderMappingPage.ShippingMethod)).ToHaveCountAsync(3);

        // 6. Two paid orders in the Sandbox Seller Center, with SKUs both systems know; the webhook imports them.
        await shell.NavigateAsync("Seller Center");
        var sellerCenter = new SellerCenterPage(page);
        await sellerCenter.PlaceOrdersAsync(1, "Standard shipping", "TEE-CLASSIC-BLK-M x2, MUG-CERAMIC-WHT-OS");
        await shell.ReadMessageAsync("Placed 1 order(s).");
        await Expect(sellerCenter.OrderIds).ToHaveCountAsync(1);
        var tested = (await sellerCenter.OrderIds.First.TextContentAsync())!.Trim();
        await sellerCenter.PlaceOrdersAsync(1, "Express shipping", "HOOD-PULL-BLK-M");
        await shell.ReadMessageAsync("Placed 1 order(s).");
        await Expect(sellerCenter.OrderIds).ToHaveCountAsync(2);
        var other = (await sellerCenter.OrderIds.AllTextContentsAsync()).Select(id => id.Trim()).Single(id => id != tested);

        await shell.NavigateAsync("Orders");
        var orders = new OrdersPage(page);
        await shell.ReloadUntilAsync(() => Expect(orders.OrderIds).ToHaveCountAsync(2), FlowTime);
        await Expect(orders.Order(tested)).ToBeVisibleAsync();
        await Expect(orders.Order(other)).ToBeVisibleAsync();

        // 7. Test one order: the dry run passes; pushed for real, the order is read back from Salesforce as mapped.
        await shell.NavigateAsync("Integrations");
        await OpenConnectionAsync(page, shell, "Juniper SFCC");
        var test = await sync.OpenTestOrderAsync();
        await test.PickOrderAsync(tested);
        await test.DryRunAsync();
        await Expect(test.Outcome).ToContainTextAsync("Dry run passed");
        await Expect(test.Checks.First).ToBeVisibleAsync();
        await Expect(test.FailedChecks).ToHaveCountAsync(0);

        await test.PushAsync();
        await Expect(test.Outcome).ToContainTextAsync($"is in Salesforce as TT{tested}");
        foreach (var check in new[] { "Order exists in Salesforce", "Customer number is the configured one", "Shipping method as mapped", "Payment method as mapped" })
        {
            await Expect(test.Check(check)).ToHaveAttributeAsync("data-outcome", "Pass");
        }
        await Expect(test.Check("Totals equal")).ToHaveCountAsync(1);
        await Expect(test.Check("Totals equal")).Not.ToHaveAttributeAsync("data-outcome", "Fail");
        await Expect(test.SfccOrderNo).ToHaveTextAsync($"TT{tested}");
        await test.CloseAsync();
        await Expect(test.Root).ToHaveCountAsync(0);

        // 8. Push orders on: both orders reach Salesforce as new orders (the tested one is not created twice).
        await sync.SetPushOrdersAsync(true);
        await sync.SaveAsync();
        await shell.ReadMessageAsync("Orders to Salesforce settings saved.");
        await Expect(sync.ServerWarnings).ToHaveCountAsync(0);

        await shell.NavigateAsync("Business Manager");
        await shell.ReloadUntilAsync(() => Expect(businessManager.Order($"TT{other}")).ToBeVisibleAsync(), FlowTime);
        await Expect(businessManager.OrderRows).ToHaveCountAsync(2);
        await Expect(businessManager.OrderStatus($"TT{tested}")).ToHaveTextAsync("new");
        await Expect(businessManager.OrderStatus($"TT{other}")).ToHaveTextAsync("new");
        await Expect(businessManager.OrderShippingMethod($"TT{tested}")).ToHaveTextAsync("001"); // Standard shipping
        await Expect(businessManager.OrderShippingMethod($"TT{other}")).ToHaveTextAsync("002"); // Express shipping
        await Expect(businessManager.OrderCustomer($"TT{other}")).ToHaveTextAsync(genericCustomer);
        await Expect(businessManager.OrderPaymentMethod($"TT{other}")).ToHaveTextAsync("TTS");

        // 9. The buyer cancels the tested order in TikTok Shop: Salesforce cancels it too, and the portal says so.
        await shell.NavigateAsync("Seller Center");
        await sellerCenter.CancelAsBuyerAsync(tested);
        await shell.ReadMessageAsync($"Order {tested} cancelled by the buyer.");
        await Expect(sellerCenter.Status(tested)).ToHaveTextAsync("CANCELLED");

        await shell.NavigateAsync("Business Manager");
        await shell.ReloadUntilAsync(() => Expect(businessManager.OrderStatus($"TT{tested}")).ToHaveTextAsync("cancelled"), FlowTime);
        await Expect(businessManager.OrderStatus($"TT{other}")).ToHaveTextAsync("new");

        await shell.NavigateAsync("Orders");
        await orders.OpenAsync(tested);
        await Expect(shell.Heading).ToHaveTextAsync($"Order {tested}");
        var detail = new OrderDetailPage(page);
        await shell.ReloadUntilAsync(() => Expect(detail.Timeline).ToContainTextAsync("Cancellation confirmed"), FlowTime);
        await Expect(detail.SfccOrderNo).ToHaveTextAsync($"TT{tested}");
        await Expect(detail.SfccStatus).ToContainTextAsync("cancelled");

        // 10. The other order shows its Salesforce order number.
        await shell.NavigateAsync("Orders");
        await orders.OpenAsync(other);
        await Expect(shell.Heading).ToHaveTextAsync($"Order {other}");
        await Expect(detail.SfccOrderNo).ToHaveTextAsync($"TT{other}");
        await Expect(detail.SfccStatus).ToContainTextAsync("new");
    }

    private static async Task OpenConnectionAsync(IPage page, PortalShell shell, string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
    }
}
