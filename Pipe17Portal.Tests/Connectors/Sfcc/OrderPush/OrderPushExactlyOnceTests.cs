using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// The push stops dead (a crash) right after SFCC answered a write, before the portal recorded it; the next run must find
/// what was done and never create a second SFCC order.
/// </summary>
public class OrderPushExactlyOnceTests(CrashingPortalFactory factory) : IClassFixture<CrashingPortalFactory>
{
    [Theory]
    [InlineData("POST", "/baskets")]
    [InlineData("PUT", "/orders/TT")]
    public async Task ACrashAfterAWriteThenARerunMakesOneSfccOrderPerTikTokOrder(string method, string path)
    {
        // Push stays off so only this test's own attempts touch the orders (no job runs beside them).
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var ids = await sandbox.NewOrdersAsync(2);
        var items = new List<Guid>();
        foreach (var id in ids)
        {
            var orderId = await sandbox.PortalOrderIdAsync(id);
            items.Add(await factory.ScopedAsync(async s => (await s.GetRequiredService<SfccOrderPlanner>()
                .QueueOneAsync(s.GetRequiredService<PortalDbContext>(), sandbox.Shop.Owner.WorkspaceId, sandbox.SfccId, WorkItemKind.SfccCreateOrder, orderId, CancellationToken.None)).Id));
        }

        factory.Crash.Arm(method, path);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProcessAsync(sandbox.SfccId, items[0], factory.Crash.Token));
        Assert.True(factory.Crash.Fired);
        foreach (var item in items)
        {
            Assert.Equal(WorkOutcome.Done, await ProcessAsync(sandbox.SfccId, item, CancellationToken.None));
        }
        Assert.Equal(WorkOutcome.Done, await ProcessAsync(sandbox.SfccId, items[0], CancellationToken.None)); // and once more: nothing new

        var sfcc = await sandbox.SfccOrdersAsync();
        Assert.Equal(ids.Select(id => "TT" + id).Order(), sfcc.Select(o => o["order_no"]!.GetValue<string>()).Order());
        var links = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().ExternalLinks.IgnoreQueryFilters().CountAsync(l => l.ConnectionId == sandbox.SfccId));
        Assert.Equal(2, links);
        if (path == "/orders/TT")
        {
            Assert.Contains((await sandbox.OrderAsync(ids[0])).Timeline, e => e.Message.Contains("found in Salesforce by its order number", StringComparison.Ordinal));
        }
    }

    private Task<WorkOutcome> ProcessAsync(Guid connectionId, Guid item, CancellationToken ct) =>
        factory.ScopedAsync(s => s.GetRequiredService<WorkItemRunner>().RunNowAsync(item, ct));

    [Fact]
    public async Task WithTimeoutsLostAnswersAnd429sOnAFifthOfCallsAThousandOrdersLandExactlyOnce()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        string[] skus = ["TEE-CLASSIC-BLK-M", "CAP-DAD-NVY-OS", "MUG-CERAMIC-WHT-OS", "HOOD-ZIP-GRY-M"];
        foreach (var sku in skus)
        {
            await sandbox.ControlAsync(HttpMethod.Put, $"/inventory/{sku}", new { quantity = 100_000 });
        }
        var ids = await sandbox.NewOrdersAsync(1000, skus.Select(sku => new { seller_sku = sku, quantity = 1 }).ToArray());
        var faults = await sandbox.Control.PutAsJsonAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults",
            new { system = "sfcc", rate = 0.2, kinds = new[] { "429", "timeout", "lost_response" } });
        Assert.True(faults.IsSuccessStatusCode, await faults.Content.ReadAsStringAsync());
        await sandbox.SaveSyncAsync(push: true);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await sandbox.PushAsync();
            await Task.Delay(200);
        }
        while (watch.Elapsed < TimeSpan.FromMinutes(5) && await UnfinishedAsync(sandbox.SfccId, PushState.Pending) > 0);
        await sandbox.Control.DeleteAsync($"/sandbox/_control/accounts/{sandbox.Shop.AccountId}/faults");

        var blocked = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .Where(w => w.ConnectionId == sandbox.SfccId && w.State != PushState.Done).Select(w => w.LastError).Take(5).ToListAsync());
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
        var numbers = (await sandbox.SfccOrdersAsync()).Select(o => o["order_no"]!.GetValue<string>()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());             // zero duplicates
        Assert.Equal(ids.Select(id => "TT" + id).Order(), numbers.Order());    // zero missing
    }

    private Task<int> UnfinishedAsync(Guid connectionId, PushState state) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().WorkItems.IgnoreQueryFilters()
            .CountAsync(w => w.ConnectionId == connectionId && w.State == state));
}

/// <summary>The portal with a switch that kills the push right after a chosen SFCC call has been answered.</summary>
public sealed class CrashingPortalFactory : PortalFactory
{
    public CrashSwitch Crash { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sync:WorkItems:RetryBaseSeconds", "0");
        builder.UseSetting("Sfcc:OrderPush:AbandonedBasketSeconds", "1");
        builder.UseSetting("Sync:WorkItems:MaxAttempts", "30");
        builder.UseSetting("Sandbox:Sfcc:FaultTimeout", "00:00:00.050");
        builder.UseSetting("Sfcc:Api:RetryBaseDelay", "00:00:00.010");
        builder.UseSetting("Sandbox:Sfcc:RetryAfterSeconds", "0");
        builder.ConfigureTestServices(services => services.AddHttpClient(SfccHttpClients.Api).AddHttpMessageHandler(() => new CrashHandler(Crash)));
    }
}

public sealed class CrashSwitch
{
    private CancellationTokenSource source = new();
    private (string Method, string Path)? armed;

    public CancellationToken Token => source.Token;

    public bool Fired { get; private set; }

    public void Arm(string method, string path)
    {
        source = new CancellationTokenSource();
        armed = (method, path);
        Fired = false;
    }

    /// <summary>After the answer to the armed call: everything the push does from here on never happens.</summary>
    public void AfterAnswer(HttpRequestMessage request)
    {
        if (armed is { } a && request.Method.Method == a.Method && request.RequestUri!.AbsolutePath.Contains(a.Path, StringComparison.Ordinal))
        {
            armed = null;
            Fired = true;
            source.Cancel();
            throw new OperationCanceledException(source.Token);
        }
    }
}

internal sealed class CrashHandler(CrashSwitch crash) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        crash.AfterAnswer(request);
        return response;
    }
}
