using System.Diagnostics;
using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>What stops an order becomes an exception with its cause and fix; Retry pushes it once the merchant fixed it.</summary>
public class OrderPushExceptionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnUnmappedDeliveryOptionIsAnExceptionNeverAPlaceholderAndRetryAllPushesOnceMapped()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, mapShipping: false);
        var ids = await sandbox.NewOrdersAsync(3);
        await sandbox.PushAsync();

        Assert.Empty(await sandbox.SfccOrdersAsync());
        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.UnmappedShippingOption, exception.Type);
        Assert.Contains("to an SFCC shipping method", exception.Message, StringComparison.Ordinal);
        Assert.Contains("/mapping?field=", exception.FixLink, StringComparison.Ordinal);
        var groups = await (await sandbox.Browser.GetAsync("/api/v1/order-exceptions")).ReadAsync<List<ExceptionGroup>>();
        Assert.Equal(3, groups.Single(g => g.Type == OrderExceptionType.UnmappedShippingOption).Orders);
        var filtered = await (await sandbox.Browser.GetAsync("/api/v1/orders?exceptionType=UnmappedShippingOption")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal(3, filtered.Total);
        Assert.All(filtered.Items, o => Assert.Equal(1, o.OpenExceptions));

        await sandbox.MapShippingAsync(OrderPushSandbox.ShippingRows);
        var retry = await (await sandbox.Browser.PostAsync("/api/v1/order-exceptions/UnmappedShippingOption/retry", null)).ReadAsync<RetryResult>();
        Assert.Equal(3, retry.Queued);
        var again = await sandbox.Browser.PostAsync("/api/v1/order-exceptions/UnmappedShippingOption/retry", null);
        Assert.Contains("wait", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal); // throttled
        await sandbox.PushAsync();

        Assert.Equal(3, (await sandbox.SfccOrdersAsync()).Count);
        Assert.All(await sandbox.ExceptionsAsync(ids[0]), e => Assert.NotNull(e.ResolvedAt));
        Assert.DoesNotContain(await (await sandbox.Browser.GetAsync("/api/v1/order-exceptions")).ReadAsync<List<ExceptionGroup>>(), g => g.Type == OrderExceptionType.UnmappedShippingOption);
    }

    [Fact]
    public async Task SfccRejectionsKeepSfccsWordsAndRetryOnTheOrderClearsThemOnceFixed()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, tts: false);
        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();

        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.PaymentMethodRejected, exception.Type);
        Assert.Equal("InvalidPaymentMethodIdException", exception.ExternalFaultType);
        Assert.Contains("TTS", exception.ExternalMessage, StringComparison.Ordinal);
        Assert.Empty(await sandbox.SfccOrdersAsync());
        Assert.Empty((await sandbox.ControlAsync(HttpMethod.Get, "/orders"))!.AsArray()); // and no basket turned into an order

        await sandbox.ControlAsync(HttpMethod.Post, "/payment-methods", new { id = "TTS", name = "TikTok Shop" });
        var orderId = await sandbox.PortalOrderIdAsync(ids[0]);
        var retry = await (await sandbox.Browser.PostAsync($"/api/v1/orders/{orderId}/retry", null)).ReadAsync<RetryResult>();
        Assert.StartsWith("Done", retry.Message, StringComparison.Ordinal);
        Assert.Single(await sandbox.SfccOrdersAsync());
        Assert.NotNull(Assert.Single(await sandbox.ExceptionsAsync(ids[0])).ResolvedAt);
    }

    [Fact]
    public async Task AMissingGenericCustomerIsNamedAsSuch()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.ControlAsync(HttpMethod.Delete, $"/customers/{sandbox.GenericCustomerNo}");
        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();

        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.CustomerNotFound, exception.Type);
        Assert.Contains(sandbox.GenericCustomerNo, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmailStrategyCannotMatchTikTokOrdersAndSaysToUseTheGenericCustomer()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        var view = await sandbox.SaveSyncAsync(push: true, strategy: CustomerMatchingStrategy.EmailGenericIfMissing);
        Assert.Contains(view.Warnings, w => w.Contains("cannot match TikTok Shop orders", StringComparison.Ordinal));
        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();

        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.CustomerStrategyUnsupported, exception.Type);
        Assert.Contains("generic customer for all orders", exception.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSkuIsNamedWithItsNearMissAndLinkedToTheProduct()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        var ids = await sandbox.NewOrdersAsync(1, new[] { new { seller_sku = "tee-classic-wht-s", quantity = 1 } });
        await sandbox.PushAsync();

        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.UnknownSku, exception.Type);
        Assert.Contains("'tee-classic-wht-s'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'TEE-CLASSIC-WHT-S'", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("/products/", exception.FixLink, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("while (true) {}", "time")]
    [InlineData("let a = []; while (true) a.push('x'.repeat(100000));", "memory")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System")]
    [InlineData("((sourcedoc) => { return { payment_method_id: 'TTS' } })(sourcedoc)", "non-empty list")]
    [InlineData("((sourcedoc) => { return [{ \"payment_method_id\": 'TTS', \"amount\": sourcedoc.nope.amount }] })(sourcedoc)", "line 1")]
    public async Task ABadPaymentScriptStopsTheOrderWithTheScriptErrorAndThePortalStaysResponsive(string script, string quoted)
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(2);
        var saved = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping", new OrderMappingUpdate(
        [
            new FieldMapping("shipments[0].shipping_method.id", FieldMappingKind.Lookup, LookupSource: "shipping.optionName", Lookup: OrderPushSandbox.ShippingRows),
            new FieldMapping("payment_instruments", FieldMappingKind.Script, Script: script),
        ]));
        await saved.ReadAsync<OrderMappingView>();
        await sandbox.SaveSyncAsync(push: true);

        var push = sandbox.PushAsync();
        var health = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);
        Assert.True(health.Elapsed < TimeSpan.FromSeconds(5), $"/health took {health.Elapsed} during the push");
        await push;

        Assert.Empty(await sandbox.SfccOrdersAsync());
        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.MappingScriptError, exception.Type);
        Assert.Contains(quoted, exception.Message + exception.Cause, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACustomAttributeTheSiteDoesNotDefineStopsTheOrderNamingTheAttributeAndWhereToDefineIt()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(1);
        var saved = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping", new OrderMappingUpdate(
        [
            new FieldMapping("shipments[0].shipping_method.id", FieldMappingKind.Lookup, LookupSource: "shipping.optionName", Lookup: OrderPushSandbox.ShippingRows),
            new FieldMapping("c_giftNote", FieldMappingKind.Constant, Constant: "from TikTok"),
        ]));
        await saved.ReadAsync<OrderMappingView>();
        await sandbox.SaveSyncAsync(push: true);

        await sandbox.PushAsync();

        Assert.Empty(await sandbox.SfccOrdersAsync());
        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal("UnknownPropertyException", exception.ExternalFaultType);
        Assert.Contains("c_giftNote", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System Object Types → Order → Attribute Definitions", exception.Fix, StringComparison.Ordinal);
        Assert.Contains("'giftNote'", exception.Fix, StringComparison.Ordinal);
    }
}
