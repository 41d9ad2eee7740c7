using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Orders;

public class OrdersApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OrdersArePagedSortedFilteredAndSearchableOnTheServer()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var batch = Enumerable.Range(1, 45).Select(i => Imported($"57{i:D4}", start.AddHours(i), i % 5 == 0 ? OrderStatus.Canceled : OrderStatus.ReadyForFulfillment, i % 3 == 0 ? "CAP-RED" : "TEE-BLK-M")).ToList();
        await factory.ScopedAsync(s => s.GetRequiredService<OrderBinder>().ApplyAsync(s.GetRequiredService<PortalDbContext>(), owner.WorkspaceId, connection.Id, batch, CancellationToken.None));
        var client = await factory.SignInAsync(owner);

        var page2 = await (await client.GetAsync("/api/v1/orders?page=2&pageSize=20")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal((45, 20), (page2.Total, page2.Items.Count));
        Assert.Equal("570025", page2.Items[0].SourceOrderId); // newest first: 45..26 on page 1

        var canceled = await (await client.GetAsync("/api/v1/orders?status=Canceled&pageSize=100")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal(9, canceled.Total);
        Assert.All(canceled.Items, o => Assert.Equal(OrderStatus.Canceled, o.Status));

        var bySku = await (await client.GetAsync("/api/v1/orders?search=CAP-RED&pageSize=100")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal(15, bySku.Total);
        var byId = await (await client.GetAsync("/api/v1/orders?search=570007")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal("570007", Assert.Single(byId.Items).SourceOrderId);

        var window = await (await client.GetAsync($"/api/v1/orders?placedFrom={Uri.EscapeDataString(start.AddHours(10).ToString("o"))}&placedTo={Uri.EscapeDataString(start.AddHours(20).ToString("o"))}&sort=PlacedAt&descending=false")).ReadAsync<PagedResult<OrderSummary>>();
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"57{i:D4}"), window.Items.Select(o => o.SourceOrderId));

        var detail = await (await client.GetAsync($"/api/v1/orders/{byId.Items[0].Id}")).ReadAsync<OrderDetail>();
        Assert.Equal("TEE-BLK-M", Assert.Single(detail.Lines).Sku);
        Assert.Contains(detail.Timeline, e => e.Kind == "Imported" && e.HasPayload);
        var raw = await client.GetStringAsync($"/api/v1/orders/{byId.Items[0].Id}/source-payload");
        Assert.Contains("570007", raw);
    }

    [Fact]
    public async Task BadPagingIsExplained()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await client.GetAsync("/api/v1/orders?page=0&pageSize=500")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["page", "pageSize"], problem.Errors!.Keys.Order());
    }

    private static ImportedOrder Imported(string id, DateTimeOffset placed, OrderStatus status, string sku) => new(
        id, status == OrderStatus.Canceled ? "CANCELLED" : "AWAITING_SHIPMENT", status, placed, placed, placed, null, "USD", 20, 0, 0, 0, 20, null, "o1", "Standard shipping",
        new ShippingAddress(), null, null, null, null, null,
        [new ImportedOrderLine(sku, sku, null, null, null, 2, 0, 10, 0, 20, "1,2")], $$"""{"id":"{{id}}"}""",
        new OrderChannel("TikTok Shop", "tiktok"), new BuyerFacts(null, EmailIdentifiesBuyer: false));
}
