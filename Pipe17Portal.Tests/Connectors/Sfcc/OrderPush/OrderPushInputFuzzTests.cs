using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// Issue 12 §4 through HTTP: generated mapping saves, previews and order-sync settings (and malformed bodies) get an
/// answer with a clear 4xx or a 200, never a server error. The service layer takes 10,000 of each in
/// <see cref="MappingScriptFuzzTests"/>; this proves the HTTP path around it with a smaller number.
/// </summary>
public class OrderPushInputFuzzTests(LogCapturingPortalFactory factory) : IClassFixture<LogCapturingPortalFactory>
{
    private static readonly HttpStatusCode[] Answers = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Conflict];

    [Fact]
    public async Task GeneratedMappingsPreviewsAndSyncSettingsNeverAnswerAServerError()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var sourceId = (await sandbox.NewOrdersAsync(1)).Single();
        var orderId = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .Where(o => o.SourceOrderId == sourceId).Select(o => o.Id).SingleAsync());
        var mapping = $"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping";
        var seen = new List<string>();

        foreach (var fields in Gen.Sample(MappingFuzz.Fields, 150))
        {
            var response = await sandbox.Browser.PutJsonAsync(mapping, new { fields, version = (int?)null });
            await ExpectAsync(response, $"PUT mapping with {fields.Count} field(s)", seen);
        }
        foreach (var fields in Gen.Sample(MappingFuzz.ScriptedFields, 100))
        {
            var response = await sandbox.Browser.PostJsonAsync($"{mapping}/preview", new MappingPreviewRequest(orderId, fields));
            await ExpectAsync(response, "POST preview", seen);
        }
        foreach (var body in Gen.Sample(SyncSettings(sandbox.Shop.ConnectionId), 150))
        {
            var response = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/order-sync", body);
            await ExpectAsync(response, "PUT order-sync", seen);
        }
        foreach (var raw in new[] { "{", "[]", "null", "\"x\"", "{\"fields\": 5}", "{\"fields\": [null]}", "{\"fields\": [{\"kind\": \"Script\"}]}", "{\"version\": \"x\"}", new string('[', 5000) })
        {
            using var content = new StringContent(raw, Encoding.UTF8, "application/json");
            await ExpectAsync(await sandbox.Browser.PutAsync(mapping, content), $"PUT mapping {raw[..Math.Min(20, raw.Length)]}", seen);
            using var sync = new StringContent(raw, Encoding.UTF8, "application/json");
            await ExpectAsync(await sandbox.Browser.PutAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/order-sync", sync), "PUT order-sync raw", seen);
        }

        Assert.True(seen.Count >= 418, $"Only {seen.Count} requests were checked.");
        Assert.Contains(seen, s => s.StartsWith("200", StringComparison.Ordinal));
        Assert.Contains(seen, s => s.StartsWith("400", StringComparison.Ordinal));
    }

    private async Task ExpectAsync(HttpResponseMessage response, string what, List<string> seen)
    {
        var body = await response.Content.ReadAsStringAsync();
        // A server error's cause is in the log, not the answer: show it with the failure.
        Assert.True(Answers.Contains(response.StatusCode), $"{what}: {(int)response.StatusCode} {body}\n"
            + string.Join("\n", factory.Logs.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Message)));
        seen.Add($"{(int)response.StatusCode} {what}");
    }

    private static Gen<object> SyncSettings(Guid shopId) =>
        from push in Gen.Elements(true, false)
        from statuses in Gen.ListOf(Gen.Frequency((8, Gen.Choose(0, 9)), (1, Gen.Choose(-3, 40))))
        from sources in Gen.ListOf(Gen.Frequency((3, Gen.Constant(shopId)), (1, Gen.Constant(Guid.NewGuid())), (1, Gen.Constant(Guid.Empty))))
        from strategy in Gen.Frequency((8, Gen.Choose(0, 5)), (1, Gen.Choose(-2, 30)))
        from customer in Gen.Elements<string?>(null, "", "  ", "00000001", "has space", new string('9', 101), "ünïcødé", "'; DROP TABLE Orders; --", "\u0000")
        from version in Gen.Elements<int?>(null, 0, -1, int.MaxValue)
        select (object)new { pushOrders = push, statusesToPush = statuses, sourceConnectionIds = sources, markSentToFulfillment = push, customerStrategy = strategy, genericCustomerNo = customer, version };
}
