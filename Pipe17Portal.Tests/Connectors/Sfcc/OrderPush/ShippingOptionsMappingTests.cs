using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>The shipping lookup offers every TikTok delivery option before the first order, plus those seen on orders.</summary>
public class ShippingOptionsMappingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheShopsLiveDeliveryOptionsAreOfferedBeforeAnyOrderAndMergedWithTheSeenOnes()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, mapShipping: false);
        var settingsBefore = await SettingsJsonAsync(sandbox);

        var view = await (await sandbox.Browser.GetAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping")).ReadAsync<OrderMappingView>();

        Assert.Null(view.ShippingOptionsNote);
        Assert.Empty(view.SeenShippingOptions);
        var options = view.ShippingOptions!;
        Assert.Equal(["Express shipping", "Seller shipping", "Standard shipping"], options.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.All(options, o => Assert.True(o.OfferedByTikTok));
        Assert.All(options, o => Assert.Equal(0, o.Orders));
        Assert.All(options, o => Assert.Equal(["Main warehouse", "Overflow warehouse"], o.Warehouses));
        Assert.Equal("SEND_BY_SELLER", options.Single(o => o.Name == "Seller shipping").Type);
        Assert.Equal(settingsBefore, await SettingsJsonAsync(sandbox)); // reading TikTok's options wrote nothing

        await sandbox.NewOrdersAsync(2);
        var seen = await (await sandbox.Browser.GetAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping")).ReadAsync<OrderMappingView>();
        Assert.Equal(3, seen.ShippingOptions!.Count); // the orders' option is one of the shop's, not a fourth row
        var used = Assert.Single(seen.ShippingOptions, o => o.Orders > 0);
        Assert.Equal(2, used.Orders);
        Assert.True(used.OfferedByTikTok);
        Assert.Equal(Assert.Single(seen.SeenShippingOptions).Id, used.Id);
    }

    [Fact]
    public async Task WhenTikTokCannotBeReachedTheSeenOptionsStayWithANoteSayingWhy()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, mapShipping: false);
        await sandbox.NewOrdersAsync(1);
        var faults = await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults", new { system = "tiktok", rate = 1.0, kinds = new[] { "500" } });
        Assert.True(faults.IsSuccessStatusCode, await faults.Content.ReadAsStringAsync());
        try
        {
            var view = await (await sandbox.Browser.GetAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping")).ReadAsync<OrderMappingView>();

            Assert.Contains("TikTok did not list the warehouses", view.ShippingOptionsNote, StringComparison.Ordinal);
            Assert.Contains("Only the options seen on orders are listed", view.ShippingOptionsNote, StringComparison.Ordinal);
            var only = Assert.Single(view.ShippingOptions!);
            Assert.False(only.OfferedByTikTok);
            Assert.Equal(1, only.Orders);
        }
        finally
        {
            await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults", new { system = "tiktok", rate = 0.0, kinds = Array.Empty<string>() });
        }
    }

    /// <summary>The TikTok connection as stored: reading its delivery options must leave it as it was.</summary>
    private Task<string> SettingsJsonAsync(OrderPushSandbox sandbox) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Id == sandbox.Shop.ConnectionId).Select(c => c.SettingsJson).SingleAsync());
}
