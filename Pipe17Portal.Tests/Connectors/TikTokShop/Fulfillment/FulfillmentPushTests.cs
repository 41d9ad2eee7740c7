using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.Sfcc.Shipping;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

/// <summary>Fulfillments from SFCC reach the TikTok package: split when partial, with the mapped provider, refusals surfaced.</summary>
public class FulfillmentPushTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task APartialShipmentSplitsTheTikTokPackageAndTheRestShipsAfter()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory);
        var id = ids[0];
        await sandbox.ShipAsync(id, "1ZAAA0000000000004", lines: new[] { new { product_id = "TEE-CLASSIC-BLK-M", quantity = 1 } });
        await sandbox.ShipToTikTokAsync();

        var (status, packages) = await sandbox.TikTokOrderAsync(id);
        Assert.Equal("PARTIALLY_SHIPPING", status);
        var first = Assert.Single(packages, p => p["tracking_number"]?.GetValue<string>() == "1ZAAA0000000000004");
        Assert.Single(first["line_item_ids"]!.AsArray());
        Assert.Equal("UPS", first["shipping_provider_name"]!.GetValue<string>());
        Assert.Contains(packages, p => p["tracking_number"] is null); // the rest waits in its own package
        Assert.Equal(OrderStatus.PartialFulfillment, (await sandbox.Push.OrderAsync(id)).Summary.Status);

        await sandbox.ShipAsync(id, "9400222222222222222222", carrier: "USPS");
        await sandbox.ShipToTikTokAsync();

        (status, packages) = await sandbox.TikTokOrderAsync(id);
        Assert.Equal("AWAITING_COLLECTION", status);
        Assert.Equal(2, packages.Count);
        var second = Assert.Single(packages, p => p["tracking_number"]?.GetValue<string>() == "9400222222222222222222");
        Assert.Equal(2, second["line_item_ids"]!.AsArray().Count);
        Assert.Equal("USPS", second["shipping_provider_name"]!.GetValue<string>());

        var fulfillments = (await sandbox.ShippingAsync(id)).Fulfillments;
        Assert.All(fulfillments, f =>
        {
            Assert.Equal(PushState.Done, f.PushState);
            Assert.Equal(f.TrackingNumber, f.ChannelTrackingNumber);
            Assert.NotNull(f.ChannelPackageId);
            Assert.NotNull(f.ChannelConfirmedAt);
        });
        Assert.Equal(fulfillments.Select(f => f.ChannelPackageId).Order(), packages.Select(p => p["id"]!.GetValue<string>()).Order());
        var order = await sandbox.Push.OrderAsync(id);
        Assert.Equal(OrderStatus.Fulfilled, order.Summary.Status);
        Assert.Equal(2, order.Timeline.Count(e => e.Kind == "TikTok Shop" && e.Message.StartsWith("Tracking ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnUnmappedCarrierStopsWithAnExceptionAndRetrySucceedsOnceMapped()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory, mapUps: false);
        var id = ids[0];
        await sandbox.ShipAsync(id, "123456789012", carrier: "FedEx");
        await sandbox.ShipToTikTokAsync();

        var exception = Assert.Single(await sandbox.Push.ExceptionsAsync(id), e => e.ResolvedAt is null);
        Assert.Equal(OrderExceptionType.CarrierNotMapped, exception.Type);
        Assert.Contains("'FedEx'", exception.Message);
        Assert.Equal($"/integrations/{sandbox.ShopId}#carrier-mapping", exception.FixLink);
        Assert.Equal(PushState.Blocked, Assert.Single((await sandbox.ShippingAsync(id)).Fulfillments).PushState);
        Assert.All((await sandbox.TikTokOrderAsync(id)).Packages, p => Assert.Null(p["tracking_number"]));

        await sandbox.MapCarriersAsync(("fedex", "FedEx"));
        var retried = await (await sandbox.Browser.PostAsync($"/api/v1/orders/{await sandbox.Push.PortalOrderIdAsync(id)}/retry", null)).ReadAsync<RetryResult>();

        Assert.StartsWith("Done", retried.Message);
        Assert.DoesNotContain(await sandbox.Push.ExceptionsAsync(id), e => e.ResolvedAt is null);
        var package = Assert.Single((await sandbox.TikTokOrderAsync(id)).Packages);
        Assert.Equal(("123456789012", "FedEx"), (package["tracking_number"]!.GetValue<string>(), package["shipping_provider_name"]!.GetValue<string>()));
    }

    public enum Refusal { Frozen, Canceled, BadTracking, UnknownProvider }

    [Theory]
    [InlineData(Refusal.Frozen, OrderExceptionType.PackageFrozen, "10007014")]
    [InlineData(Refusal.Canceled, OrderExceptionType.ChannelOrderCanceled, null)]
    [InlineData(Refusal.BadTracking, OrderExceptionType.TrackingRejected, "21001012")]
    [InlineData(Refusal.UnknownProvider, OrderExceptionType.ChannelRejectedFulfillment, "21001005")]
    public async Task EachTikTokRefusalIsSurfacedAsItsException(Refusal refusal, OrderExceptionType expected, string? code)
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory);
        var id = ids[0];
        var tracking = "1ZAAA0000000000005";
        switch (refusal)
        {
            case Refusal.Frozen:
                await sandbox.TikTokControlAsync($"/orders/{id}/request-cancel", new { requested = true });
                break;
            case Refusal.Canceled:
                // Cancelled on TikTok while the warehouse ships: the import is off, so the portal learns it from TikTok at push time.
                await SetAsync(sandbox, s => s with { PullOrders = false });
                await sandbox.TikTokControlAsync($"/orders/{id}/cancel");
                break;
            case Refusal.BadTracking:
                tracking = "1Z#BAD";
                break;
            case Refusal.UnknownProvider:
                // A provider TikTok no longer offers (stored before it was withdrawn; saving it now would be refused).
                await SetAsync(sandbox, s => s with { CarrierMappings = [new TikTokCarrierMapping("UPS", "999", "Gone")] });
                break;
        }
        await sandbox.ShipAsync(id, tracking);
        await sandbox.ShipToTikTokAsync();

        var exception = Assert.Single(await sandbox.Push.ExceptionsAsync(id), e => e.ResolvedAt is null);
        Assert.True(expected == exception.Type, await sandbox.Push.DescribeAsync(id));
        Assert.Equal(code, exception.ExternalFaultType);
        Assert.False(string.IsNullOrWhiteSpace(exception.Cause));
        Assert.NotNull(exception.FixLink);
        if (code is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.ExternalMessage));
        }
        var fulfillment = Assert.Single((await sandbox.ShippingAsync(id)).Fulfillments);
        Assert.Equal(PushState.Blocked, fulfillment.PushState);
        Assert.Null(fulfillment.ChannelConfirmedAt);
    }

    [Fact]
    public async Task WithPushFulfillmentsOffNothingIsQueuedAndSwitchingItOnSendsWhatWaited()
    {
        var (sandbox, ids) = await FulfillmentSandbox.CreateAsync(factory);
        await SetPushAsync(sandbox, false);
        await sandbox.ShipAsync(ids[0], "1ZAAA0000000000006");
        await sandbox.ShipToTikTokAsync();
        Assert.Null(Assert.Single((await sandbox.ShippingAsync(ids[0])).Fulfillments).PushState);

        await SetPushAsync(sandbox, true);
        await sandbox.ShipToTikTokAsync();
        Assert.Equal(PushState.Done, Assert.Single((await sandbox.ShippingAsync(ids[0])).Fulfillments).PushState);
    }

    private Task<int> SetPushAsync(FulfillmentSandbox sandbox, bool on) => SetAsync(sandbox, s => s with { PushFulfillments = on });

    private Task<int> SetAsync(FulfillmentSandbox sandbox, Func<TikTokConnectionSettings, TikTokConnectionSettings> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var shop = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == sandbox.ShopId);
        shop.SettingsJson = change(TikTokConnectionSettings.Read(shop.SettingsJson)).Write();
        return await db.SaveChangesAsync();
    });
}
