using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

/// <summary>
/// Fulfillments back to TikTok Shop: a merchant with both sandboxes connected and Push orders on maps the carrier UPS to
/// TikTok's provider, an order reaches Salesforce, the warehouse ships it in the Sandbox Business Manager, and the Sandbox
/// Seller Center shows the tracking number on the TikTok package.
/// </summary>
public class FulfillmentJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    private static readonly TimeSpan FlowTime = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task AnOrderShippedInTheSandboxBusinessManagerShowsItsTrackingInTheSandboxSellerCenter()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Hazel Goods", $"fulfill-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");

        // 1. The sandbox TikTok shop, no hold, Push fulfillments on, UPS mapped to TikTok's UPS.
        var sandboxes = new SandboxConnections(page, shell);
        var tiktok = await sandboxes.ConnectTikTokShopAsync("Hazel US");
        await Expect(MudControls.Input(page, "tiktok-push-fulfillments")).ToBeCheckedAsync();
        await tiktok.SetOrderHoldAsync(0);
        await tiktok.SaveAsync();
        await shell.ReadMessageAsync("Settings saved.");
        var carriers = new CarrierMappingEditor(page);
        await carriers.AddRowAsync("UPS", "UPS");
        await carriers.SaveAsync();
        await shell.ReadMessageAsync("Carrier mapping saved.");

        // 2. The sandbox Salesforce instance with the pulls back from Salesforce on (their default).
        await sandboxes.ConnectSalesforceAsync("Hazel SFCC");
        await Expect(MudControls.Input(page, "sfcc-pull-shipping-requests")).ToBeCheckedAsync();
        await Expect(MudControls.Input(page, "sfcc-pull-fulfillments")).ToBeCheckedAsync();

        // 3. TTS and the generic customer in the Business Manager; shipping methods mapped; Push orders on.
        await shell.NavigateAsync("Business Manager");
        var businessManager = new BusinessManagerPage(page);
        await businessManager.CreatePaymentMethodAsync("TTS");
        await shell.ReadMessageAsync("Payment method TTS created.");
        var genericCustomer = await businessManager.CreateCustomerAsync("tiktok-orders@hazel.example");
        await sandboxes.OpenAsync("Hazel SFCC");
        var sync = new OrderSyncPanel(page);
        await sync.SetGenericCustomerAsync(genericCustomer);
        await sync.SaveAsync();
        await shell.ReadMessageAsync("Orders to Salesforce settings saved.");
        await sync.EditMappingAsync();
        await shell.WaitUntilInteractiveAsync();
        var mapping = new OrderMappingPage(page);
        await mapping.AddShippingLookupAsync("Standard shipping", "001");
        await mapping.AddShippingLookupAsync("Express shipping", "002");
        await mapping.AddShippingLookupAsync("Seller shipping", "003");
        await mapping.SaveAsync();
        await shell.ReadMessageAsync("Mapping saved.");
        await sandboxes.OpenAsync("Hazel SFCC");
        await sync.SetPushOrdersAsync(true);
        await sync.SaveAsync();
        await shell.ReadMessageAsync("Orders to Salesforce settings saved.");

        // 4. A paid order in the Seller Center reaches Salesforce.
        await shell.NavigateAsync("Seller Center");
        var sellerCenter = new SellerCenterPage(page);
        await sellerCenter.PlaceOrdersAsync(1, "Standard shipping", "TEE-CLASSIC-BLK-M x2, MUG-CERAMIC-WHT-OS");
        await shell.ReadMessageAsync("Placed 1 order(s).");
        var orderId = (await sellerCenter.OrderIds.First.TextContentAsync())!.Trim();
        await shell.NavigateAsync("Business Manager");
        await shell.ReloadUntilAsync(() => Expect(businessManager.Order($"TT{orderId}")).ToBeVisibleAsync(), FlowTime);

        // 5. The warehouse ships it with UPS in the Business Manager.
        var tracking = await businessManager.ShipAllAsync($"TT{orderId}", "UPS");
        await shell.ReadMessageAsync($"Order TT{orderId} shipped with tracking {tracking}.");
        Assert.Matches("^1Z[A-Z]{3}[0-9]{13}$", tracking);
        await Expect(businessManager.OrderTracking($"TT{orderId}")).ToHaveTextAsync(tracking);

        // 6. The Seller Center shows the tracking and TikTok's provider on the order's package.
        await shell.NavigateAsync("Seller Center");
        var package = page.GetByTestId("sc-orders").Locator("tbody tr").Filter(new() { HasText = orderId }).GetByTestId("sc-package");
        await shell.ReloadUntilAsync(() => Expect(package).ToContainTextAsync($"UPS {tracking}"), FlowTime);
        await Expect(sellerCenter.Status(orderId)).ToHaveTextAsync("AWAITING_COLLECTION");

        // 7. The order page shows the fulfillment with its TikTok package.
        await shell.NavigateAsync("Orders");
        var orders = new OrdersPage(page);
        await orders.OpenAsync(orderId);
        await shell.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("fulfillment-tracking")).ToHaveTextAsync(tracking);
        await Expect(page.GetByTestId("fulfillment-package")).ToContainTextAsync("UPS");
    }
}
