using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>
/// Sets the quantities of one TikTok product's SKUs that are not in step (<c>POST …/products/{id}/inventory/update</c>, one
/// call per product as TikTok requires). Every warehouse of a SKU is listed: the whole quantity goes to the SKU's first
/// warehouse and 0 to the others, so the SKU never shows more than the rules allow in total. Each SKU's outcome is recorded
/// on its <see cref="Domain.Inventory.ChannelStock"/>: the quantity TikTok accepted and when, or TikTok's refusal. A SKU that
/// TikTok refused does not hold back the others; the item is retried for the refused ones only.
/// </summary>
public sealed class TikTokUpdateInventoryHandler(TikTokShopLink shop, ConnectionJobs jobs, TimeProvider clock) : IWorkItemHandler
{
    public WorkItemKind Kind => WorkItemKind.TikTokUpdateInventory;

    public string System => "TikTok Shop";

    public int MaxConcurrency => 4;

    public bool SubjectIsOrder => false;

    // The runner offers every handler to every connection: only a TikTok connection's settings say anything here.
    public bool IsEnabled(Connection connection) =>
        connection.Kind == ConnectorKind.TikTokShop && TikTokConnectionSettings.Read(connection.SettingsJson).PushInventory;

    public Task WakeAsync(Connection connection, CancellationToken ct) => jobs.TriggerAsync(JobFlow, connection.Id, ct);

    public string JobFlow => TikTokInventoryPushJob.Flow;

    public async Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct)
    {
        var (item, connection, db, _) = attempt;
        var productId = TikTokInventoryPlanner.ProductOf(item.IdempotencyKey);
        if (productId is null)
        {
            return new WorkResult.Done("Not an inventory update: nothing to send.");
        }
        var rows = await db.ChannelStocks.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ConnectionId == connection.Id && s.ChannelProductId == productId && s.PendingSince != null && s.ChannelSkuId != null)
            .Select(s => new { s.Id, s.Sku, SkuId = s.ChannelSkuId!, s.ChannelWarehouseIds, s.Computed })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return new WorkResult.Done($"Product {productId}: every SKU is in step, nothing to send.");
        }
        if (!await attempt.StillWantedAsync(ct))
        {
            return new WorkResult.SwitchedOff();
        }

        var request = new TikTokInventoryUpdateRequest([.. rows.Select(r => new TikTokSkuInventory(r.SkuId, Lines(r.ChannelWarehouseIds, r.Computed)))]);
        var client = await shop.ClientAsync(connection, ct);
        var result = await client.UpdateInventoryAsync(productId, request, ct);
        var now = clock.GetUtcNow();
        if (!result.IsSuccess)
        {
            var message = Clip($"TikTok refused the update of product {productId}: {result.Error.Message}" + (result.Error.Code is { } code ? $" (code {code})." : "."));
            var ids = rows.Select(r => r.Id).ToList();
            await db.ChannelStocks.IgnoreQueryFilters().Where(s => ids.Contains(s.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastError, message).SetProperty(s => s.LastErrorAt, now), ct);
            return Retry(message);
        }

        var refused = result.Data.Errors.Where(e => e.SkuId is not null)
            .GroupBy(e => e.SkuId!).ToDictionary(g => g.Key, g => Describe(g.First()), StringComparer.Ordinal);
        foreach (var sent in rows.Where(r => !refused.ContainsKey(r.SkuId)).GroupBy(r => r.Computed))
        {
            var quantity = sent.Key;
            var ids = sent.Select(r => r.Id).ToList();
            // Still pending only if the quantity moved on while this call was out.
            await db.ChannelStocks.IgnoreQueryFilters().Where(s => ids.Contains(s.Id))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.Pushed, quantity)
                    .SetProperty(s => s.PushedAt, now)
                    .SetProperty(s => s.LastError, (string?)null)
                    .SetProperty(s => s.LastErrorAt, (DateTimeOffset?)null)
                    .SetProperty(s => s.PendingSince, s => s.Computed == quantity ? null : s.PendingSince), ct);
        }
        foreach (var (skuId, message) in refused)
        {
            await db.ChannelStocks.IgnoreQueryFilters().Where(s => s.ConnectionId == connection.Id && s.ChannelProductId == productId && s.ChannelSkuId == skuId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastError, message).SetProperty(s => s.LastErrorAt, now), ct);
        }
        return refused.Count == 0
            ? new WorkResult.Done($"Product {productId}: {rows.Count} SKU quantit{(rows.Count == 1 ? "y" : "ies")} set on TikTok.")
            : Retry($"Product {productId}: TikTok refused {refused.Count} of {rows.Count} SKUs; the others were set. First refusal: {refused.Values.First()}");
    }

    /// <summary>Every warehouse of the SKU: the quantity in the first, 0 in the others (a single unnamed line when none is known).</summary>
    private static List<TikTokInventoryQuantity> Lines(string? warehouses, int quantity)
    {
        var ids = (warehouses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        return ids.Length == 0 ? [new TikTokInventoryQuantity(quantity)] : [.. ids.Select((w, i) => new TikTokInventoryQuantity(i == 0 ? quantity : 0, w))];
    }

    private static string Describe(TikTokSkuInventoryError error)
    {
        var extra = error.Detail?.ExtraErrors.Select(e => e.Code is { } code ? $"{e.Message} (code {code})" : e.Message).OfType<string>().ToList() ?? [];
        return Clip($"TikTok refused this SKU: {error.Message} (code {error.Code})" + (extra.Count > 0 ? ": " + string.Join(" ", extra) : "."));
    }

    private static WorkResult.Retry Retry(string message) => new(message, new OrderProblemInfo(
        OrderExceptionType.PushFailed, message, "TikTok did not accept the new quantity.", "Check the product on TikTok (it must be live and keep its warehouses), then retry.", null));

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000];
}
