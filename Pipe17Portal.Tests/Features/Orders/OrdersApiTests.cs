using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Orders;
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
    public async Task SearchFindsAWholeOrderIdExactlyAndAPrefixFindsTheOrdersItBegins()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        string[] ids = [.. Enumerable.Range(1, 12).Select(i => $"576400000000001{i:D3}"), .. Enumerable.Range(1, 5).Select(i => $"576400000000002{i:D3}"), "676400000000001001"];
        await ImportAsync(owner, connection.Id, [.. ids.Select((id, i) => Imported(id, start.AddHours(i), OrderStatus.ReadyForFulfillment, "TEE-BLK-M"))]);
        // Another merchant holding the very same order id and more of the prefix: never seen from the first workspace.
        var other = await factory.CreateWorkspaceAsync();
        var otherConnection = await TikTokConnectionSeed.CreateAsync(factory, other);
        await ImportAsync(other, otherConnection.Id, [.. new[] { "576400000000001003", "576400000000001999" }.Select(id => Imported(id, start, OrderStatus.ReadyForFulfillment, "TEE-BLK-M"))]);
        var client = await factory.SignInAsync(owner);

        var exact = await ListAsync(client, "search=576400000000001003");
        Assert.Equal((1, false), (exact.Total, exact.TotalIsLowerBound));
        Assert.Equal(("576400000000001003", connection.Id), (Assert.Single(exact.Items).SourceOrderId, exact.Items[0].SourceConnectionId));

        var prefix = await ListAsync(client, "search=576400000000001&pageSize=5");
        Assert.Equal(12, prefix.Total);
        Assert.Equal(["576400000000001012", "576400000000001011", "576400000000001010", "576400000000001009", "576400000000001008"], prefix.Items.Select(o => o.SourceOrderId));
        Assert.Equal(17, (await ListAsync(client, "search=5764")).Total);
        Assert.Equal(18, (await ListAsync(client, $"search={Uri.EscapeDataString("  ")}")).Total); // blank: no search

        // A prefix only: the middle or the end of an id matches nothing, and neither does a longer id.
        Assert.Equal(0, (await ListAsync(client, "search=400000000000001003")).Total);
        Assert.Equal(0, (await ListAsync(client, "search=5764000000000010031")).Total);
        Assert.Empty((await ListAsync(client, "search=576400000000001999")).Items);

        // With other filters: only the prefixed orders that pass them.
        var sorted = await ListAsync(client, "search=576400000000002&sort=SourceOrderId&descending=false");
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"576400000000002{i:D3}"), sorted.Items.Select(o => o.SourceOrderId));
        Assert.Equal(0, (await ListAsync(client, "search=576400000000002&status=Canceled")).Total);
    }

    [Fact]
    public async Task StatusFilterAndPagingReturnTheRightRowsAndTotals()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var start = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        OrderStatus StatusOf(int i) => (i % 3) switch { 0 => OrderStatus.Fulfilled, 1 => OrderStatus.ReadyForFulfillment, _ => OrderStatus.Canceled };
        await ImportAsync(owner, connection.Id, [.. Enumerable.Range(1, 60).Select(i => Imported($"5800{i:D4}", start.AddHours(i), StatusOf(i), "MUG-WHT"))]);
        var client = await factory.SignInAsync(owner);
        var fulfilled = Enumerable.Range(1, 60).Where(i => StatusOf(i) == OrderStatus.Fulfilled).Select(i => $"5800{i:D4}").Reverse().ToList(); // newest first

        var page2 = await ListAsync(client, "status=Fulfilled&pageSize=7&page=2");
        Assert.Equal((20, false, 2, 7), (page2.Total, page2.TotalIsLowerBound, page2.Page, page2.PageSize));
        Assert.Equal(fulfilled.Skip(7).Take(7), page2.Items.Select(o => o.SourceOrderId));
        Assert.All(page2.Items, o => Assert.Equal(OrderStatus.Fulfilled, o.Status));

        var last = await ListAsync(client, "status=Fulfilled&pageSize=7&page=3");
        Assert.Equal(fulfilled.Skip(14), last.Items.Select(o => o.SourceOrderId));
        var beyond = await ListAsync(client, "status=Fulfilled&pageSize=7&page=4");
        Assert.Equal((20, 0), (beyond.Total, beyond.Items.Count));

        var oldest = await ListAsync(client, "status=Fulfilled&pageSize=3&sort=PlacedAt&descending=false");
        Assert.Equal(["58000003", "58000006", "58000009"], oldest.Items.Select(o => o.SourceOrderId));
        var placed = await ListAsync(client, $"status=Canceled&placedFrom={Uri.EscapeDataString(start.AddHours(10).ToString("o"))}&placedTo={Uri.EscapeDataString(start.AddHours(20).ToString("o"))}");
        Assert.Equal(["58000017", "58000014", "58000011"], placed.Items.Select(o => o.SourceOrderId));
        Assert.Equal(20, (await ListAsync(client, $"status=ReadyForFulfillment&connectionId={connection.Id}")).Total);
        Assert.Equal(60, (await ListAsync(client, "pageSize=200")).Items.Count);
        Assert.Equal(20, (await ListAsync(client, "status=Fulfilled&search=MUG-WHT")).Total);
    }

    [Fact]
    public async Task AnotherWorkspacesOrdersNeverAppear()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var other = await factory.CreateWorkspaceAsync();
        var otherConnection = await TikTokConnectionSeed.CreateAsync(factory, other);
        var start = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        // Both sell the same SKU; the other merchant's orders are newer, so any leak would head the list.
        await ImportAsync(owner, connection.Id, [.. Enumerable.Range(1, 6).Select(i => Imported($"5900{i:D4}", start.AddHours(i), OrderStatus.ReadyForFulfillment, "SHARED-SKU"))]);
        await ImportAsync(other, otherConnection.Id, [.. Enumerable.Range(1, 9).Select(i => Imported($"5910{i:D4}", start.AddDays(10).AddHours(i), OrderStatus.ReadyForFulfillment, "SHARED-SKU"))]);
        await OpenExceptionAsync(owner, "59000002", OrderExceptionType.UnknownSku);
        await OpenExceptionAsync(owner, "59000004", OrderExceptionType.CustomerNotFound);
        await OpenExceptionAsync(other, "59100001", OrderExceptionType.UnknownSku);
        await OpenExceptionAsync(other, "59100002", OrderExceptionType.UnknownSku);
        var client = await factory.SignInAsync(owner);

        foreach (var query in new[] { "", "status=ReadyForFulfillment", "search=SHARED-SKU", "search=59", "hasExceptions=true", "hasExceptions=false",
                     "exceptionType=UnknownSku", "sort=UpdatedAt", "sort=Total", "sort=SourceOrderId", "search=SHARED-SKU&hasExceptions=true" })
        {
            var page = await ListAsync(client, query);
            Assert.All(page.Items, o => Assert.Equal(connection.Id, o.SourceConnectionId));
            Assert.True(page.Total <= 6, $"'{query}' counted {page.Total} orders");
        }
        Assert.Equal(0, (await ListAsync(client, "search=59100001")).Total);
        Assert.Equal(0, (await ListAsync(client, $"connectionId={otherConnection.Id}")).Total);

        var withExceptions = await ListAsync(client, "hasExceptions=true");
        Assert.Equal(["59000004", "59000002"], withExceptions.Items.Select(o => o.SourceOrderId));
        Assert.All(withExceptions.Items, o => Assert.Equal(1, o.OpenExceptions));
        Assert.Equal("59000002", Assert.Single((await ListAsync(client, "exceptionType=UnknownSku")).Items).SourceOrderId);
        Assert.Equal(4, (await ListAsync(client, "hasExceptions=false")).Total);
        Assert.Equal(2, (await ListAsync(client, "status=ReadyForFulfillment&hasExceptions=true")).Total);
        Assert.Equal(0, (await ListAsync(client, "status=Canceled&exceptionType=UnknownSku")).Total);
        Assert.Equal(1, (await ListAsync(client, "exceptionType=UnknownSku&hasExceptions=false")).Total); // the type wins, as before
        Assert.Equal(6, (await ListAsync(client, "search=SHARED-SKU")).Total);

        var theirs = await ListAsync(await factory.SignInAsync(other), "exceptionType=UnknownSku");
        Assert.Equal(["59100002", "59100001"], theirs.Items.Select(o => o.SourceOrderId));
    }

    [Fact]
    public async Task CountingStopsTenThousandOrdersPastThePageAndSaysSo()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var connection = await TikTokConnectionSeed.CreateAsync(factory, owner);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        const int count = OrdersService.CountLimit + 10;
        await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            db.Orders.AddRange(Enumerable.Range(0, count).Select(i => new Order
            {
                WorkspaceId = owner.WorkspaceId, SourceConnectionId = connection.Id, SourceOrderId = $"57{i:D8}", SourceStatus = "COMPLETED",
                Status = OrderStatus.Fulfilled, PlacedAt = start.AddMinutes(i), UpdatedAt = start.AddMinutes(i), Currency = "USD", Total = 10, SourcePayload = "{}",
                Lines = [new OrderLine { Sku = "BULK-SKU", Name = "Bulk", Quantity = 1, SourceLineIds = "1" }],
            }));
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(owner);
        var newest = $"57{count - 1:D8}";

        foreach (var query in new[] { "", "status=Fulfilled", "search=BULK-SKU", "search=57", "hasExceptions=false" })
        {
            var first = await ListAsync(client, query);
            Assert.Equal((OrdersService.CountLimit, true, newest), (first.Total, first.TotalIsLowerBound, first.Items[0].SourceOrderId));
        }
        // Paging on moves the limit along; near the end the count is exact again.
        var deep = await ListAsync(client, $"page={(OrdersService.CountLimit / 25) + 1}");
        Assert.Equal((count, false), (deep.Total, deep.TotalIsLowerBound));
        Assert.Equal(["5700000009", "5700000008", "5700000007", "5700000006", "5700000005", "5700000004", "5700000003", "5700000002", "5700000001", "5700000000"], deep.Items.Select(o => o.SourceOrderId));
        var exact = await ListAsync(client, "search=570000000");
        Assert.Equal((10, false), (exact.Total, exact.TotalIsLowerBound));
    }

    [Fact]
    public async Task BadPagingIsExplained()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await client.GetAsync("/api/v1/orders?page=0&pageSize=500")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["page", "pageSize"], problem.Errors!.Keys.Order());
    }

    [Fact]
    public async Task AFilterThatIsNotAValueIsRefused()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var response = await client.GetAsync("/api/v1/orders?status=Shipped-ish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void MissingQueryValuesTakeTheContractsDefaults()
    {
        Assert.Equal(new OrderQuery(), new OrderQueryParameters().ToQuery());

        var connection = Guid.NewGuid();
        var query = new OrderQueryParameters
        {
            Page = 3, PageSize = 50, Status = OrderStatus.Canceled, ConnectionId = connection, Search = "5700",
            Sort = OrderSort.Total, Descending = false, ExceptionType = OrderExceptionType.PushFailed, HasExceptions = true,
        }.ToQuery();

        Assert.Equal(new OrderQuery(3, 50, OrderStatus.Canceled, connection, null, null, "5700", OrderSort.Total, false, OrderExceptionType.PushFailed, true), query);
    }

    private static async Task<PagedResult<OrderSummary>> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/orders?{query}")).ReadAsync<PagedResult<OrderSummary>>();

    private Task ImportAsync(TestMember owner, Guid connectionId, List<ImportedOrder> batch) =>
        factory.ScopedAsync(s => s.GetRequiredService<OrderBinder>().ApplyAsync(s.GetRequiredService<PortalDbContext>(), owner.WorkspaceId, connectionId, batch, CancellationToken.None));

    private Task OpenExceptionAsync(TestMember owner, string sourceOrderId, OrderExceptionType type) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var order = await db.Orders.IgnoreQueryFilters().SingleAsync(o => o.WorkspaceId == owner.WorkspaceId && o.SourceOrderId == sourceOrderId);
        db.OrderExceptions.Add(new OrderException
        {
            WorkspaceId = owner.WorkspaceId, OrderId = order.Id, ConnectionId = order.SourceConnectionId, Type = type, Message = "m", Cause = "c", Fix = "f",
            OpenedAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow,
        });
        return await db.SaveChangesAsync();
    });

    private static ImportedOrder Imported(string id, DateTimeOffset placed, OrderStatus status, string sku) => new(
        id, status == OrderStatus.Canceled ? "CANCELLED" : "AWAITING_SHIPMENT", status, placed, placed, placed, null, "USD", 20, 0, 0, 0, 20, null, "o1", "Standard shipping",
        new ShippingAddress(), null, null, null, null, null,
        [new ImportedOrderLine(sku, sku, null, null, null, 2, 0, 10, 0, 20, "1,2")], $$"""{"id":"{{id}}"}""",
        new OrderChannel("TikTok Shop", "tiktok"), new BuyerFacts(null, EmailIdentifiesBuyer: false));
}
