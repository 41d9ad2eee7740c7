using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Inventory;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Operations.Soak;

/// <summary>
/// Checks the end state against what the soak did, from the emulators' own databases (what SFCC and TikTok hold, not what
/// the portal believes): every TikTok order in SFCC exactly once with the right customer, shipping method, payment, lines
/// and total; every cancellation in SFCC; every tracking number on exactly one TikTok package of its order; every TikTok
/// quantity equal to what SFCC's stock and the inventory rules give. From the portal's database only: items stuck and
/// exceptions left open.
/// </summary>
public sealed class SoakVerifier(WebApplication app, SoakLedger ledger, Guid accountId, Guid shopId, Guid sfccId, string customerNo)
{
    /// <summary>The delivery-option mapping the soak sets up (TikTok option name → SFCC shipping method).</summary>
    public static readonly IReadOnlyDictionary<string, string> ShippingMethods =
        Bench.FulfillmentsBench.ShippingMapping.ToDictionary(row => row.From, row => row.To);

    public const string PaymentMethod = "TTS";

    /// <summary>TikTok holds 0–99,999 of a SKU.</summary>
    public const int TikTokMaximum = Connectors.TikTokShop.Inventory.TikTokInventoryPlanner.MaxQuantity;

    public async Task<SoakFindings> VerifyAsync(CancellationToken ct)
    {
        var findings = new SoakFindings { OrdersCreated = ledger.Created.Count };
        await using var scope = app.Services.CreateAsyncScope();
        var sandbox = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        var portal = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await OrdersAsync(sandbox, findings, ct);
        await TrackingAsync(sandbox, findings, ct);
        await InventoryAsync(sandbox, portal, findings, ct);
        await PortalAsync(portal, findings, ct);
        return findings;
    }

    private async Task OrdersAsync(SandboxDbContext sandbox, SoakFindings findings, CancellationToken ct)
    {
        var tiktok = (await sandbox.TikTokOrders.AsNoTracking().Where(o => o.AccountId == accountId).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => o.Read(), StringComparer.Ordinal);
        var sfcc = (await sandbox.SfccDocuments.AsNoTracking().Where(d => d.AccountId == accountId && d.Kind == "order").Select(d => d.Json).ToListAsync(ct))
            .Select(json => JsonNode.Parse(json)!.AsObject()).ToList();
        var byTikTokId = sfcc.GroupBy(o => o["c_tiktokOrderId"]?.GetValue<string>() ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (byTikTokId.TryGetValue("", out var strays))
        {
            findings.Duplicated += strays.Count;
            findings.Note("duplicate", $"{strays.Count} SFCC orders carry no c_tiktokOrderId, e.g. {strays[0]["order_no"]}");
        }
        foreach (var id in ledger.Created.Keys)
        {
            if (!byTikTokId.TryGetValue(id, out var orders))
            {
                findings.Lost++;
                findings.Note("lost", $"TikTok order {id} is not in SFCC");
                continue;
            }
            findings.InSfcc++;
            if (orders.Count > 1)
            {
                findings.Duplicated += orders.Count - 1;
                findings.Note("duplicate", $"TikTok order {id} is in SFCC {orders.Count} times ({string.Join(", ", orders.Select(o => o["order_no"]))})");
            }
            var order = orders[0];
            if (tiktok.TryGetValue(id, out var source) && Difference(order, source) is { } wrong)
            {
                findings.WrongContent++;
                findings.Note("content", $"SFCC order {order["order_no"]} (TikTok {id}): {wrong}");
            }
            if (ledger.Cancelled.ContainsKey(id))
            {
                findings.Cancellations++;
                if (order["status"]?.GetValue<string>() != "cancelled")
                {
                    findings.CancellationsMissing++;
                    findings.Note("cancellation", $"TikTok order {id} was cancelled but SFCC order {order["order_no"]} is '{order["status"]}'");
                }
            }
        }
        foreach (var (stray, orders) in byTikTokId.Where(p => p.Key.Length > 0 && !ledger.Created.ContainsKey(p.Key)))
        {
            findings.Duplicated += orders.Count;
            findings.Note("duplicate", $"SFCC order {orders[0]["order_no"]} names TikTok order {stray}, which the soak never placed");
        }
    }

    /// <summary>Null when the SFCC order says what the TikTok order says, else what differs.</summary>
    public string? Difference(JsonObject order, Sandbox.TikTok.Orders.TikTokOrderDocument source)
    {
        var customer = order["customer_info"]?["customer_no"]?.GetValue<string>();
        if (customer != customerNo)
        {
            return $"customer {customer ?? "(none)"}, expected {customerNo}";
        }
        var method = (order["shipments"] as JsonArray)?.FirstOrDefault()?["shipping_method"]?["id"]?.GetValue<string>();
        if (method != ShippingMethods[source.DeliveryOptionName])
        {
            return $"shipping method {method ?? "(none)"}, expected {ShippingMethods[source.DeliveryOptionName]} for '{source.DeliveryOptionName}'";
        }
        var payment = (order["payment_instruments"] as JsonArray)?.FirstOrDefault()?["payment_method_id"]?.GetValue<string>();
        if (payment != PaymentMethod)
        {
            return $"payment method {payment ?? "(none)"}, expected {PaymentMethod}";
        }
        var lines = string.Join(", ", ((order["product_items"] as JsonArray) ?? []).OfType<JsonObject>()
            .GroupBy(i => i["product_id"]!.GetValue<string>()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}×{g.Sum(i => i["quantity"]!.GetValue<decimal>()):0}"));
        var expected = string.Join(", ", source.LineItems.GroupBy(l => l.SellerSku).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        if (lines != expected)
        {
            return $"lines {lines}, expected {expected}";
        }
        var total = order["order_total"]?.GetValue<decimal>();
        var charged = decimal.Parse(source.Payment.TotalAmount, CultureInfo.InvariantCulture);
        // SFCC computes tax from its own tables (the sandbox site's rate is 0 unless set), so an order SFCC carries without tax
        // must match TikTok's total before tax; an order carrying tax must match what TikTok charged.
        var taxed = order["tax_total"]?.GetValue<decimal>() is > 0m;
        var expectedTotal = taxed ? charged : charged - decimal.Parse(source.Payment.Tax, CultureInfo.InvariantCulture);
        return total is { } t && Math.Abs(t - expectedTotal) <= 0.01m ? null
            : $"order total {total}, expected {expectedTotal} (TikTok charged {charged}{(taxed ? "" : $" of which tax {source.Payment.Tax}, and SFCC carries no tax")})";
    }

    private async Task TrackingAsync(SandboxDbContext sandbox, SoakFindings findings, CancellationToken ct)
    {
        var packages = await sandbox.TikTokPackages.AsNoTracking().Where(p => p.AccountId == accountId && p.TrackingNumber != null)
            .Select(p => new { p.OrderId, p.TrackingNumber }).ToListAsync(ct);
        var byNumber = packages.ToLookup(p => p.TrackingNumber!, StringComparer.Ordinal);
        foreach (var (id, tracking) in ledger.Shipped)
        {
            findings.Tracking++;
            var carrying = byNumber[tracking].ToList();
            if (carrying.Count == 0 || carrying.All(p => p.OrderId != id))
            {
                findings.TrackingMissing++;
                findings.Note("tracking", $"{tracking} (shipped in SFCC for TikTok order {id}) is on no package of that order");
            }
            else if (carrying.Count > 1)
            {
                findings.TrackingDuplicated++;
                findings.Note("tracking", $"{tracking} is on {carrying.Count} packages");
            }
        }
    }

    private async Task InventoryAsync(SandboxDbContext sandbox, PortalDbContext portal, SoakFindings findings, CancellationToken ct)
    {
        var account = await sandbox.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId, ct);
        var connections = await portal.Connections.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == shopId || c.Id == sfccId).ToDictionaryAsync(c => c.Id, ct);
        var rules = TikTokConnectionSettings.Read(connections[shopId].SettingsJson).InventoryRules.ToRules();
        var read = SfccConnectionSettings.Read(connections[sfccId].SettingsJson).InventoryLocations;
        var warehouse = await sandbox.SfccInventory.AsNoTracking().Where(r => r.AccountId == accountId).ToDictionaryAsync(r => r.ProductId, r => r.Ats, StringComparer.Ordinal, ct);
        var others = (await sandbox.SfccLocationStock.AsNoTracking().Where(s => s.AccountId == accountId).ToListAsync(ct)).ToLookup(s => s.Sku, StringComparer.Ordinal);
        var products = await sandbox.TikTokProducts.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(ct);
        foreach (var sku in products.SelectMany(p => p.Read().Skus).Where(s => warehouse.ContainsKey(s.SellerSku) || others.Contains(s.SellerSku)))
        {
            var stock = new List<LocationStock>();
            if (warehouse.TryGetValue(sku.SellerSku, out var ats))
            {
                stock.Add(new LocationStock(SfccLocations.Warehouse(account), ats));
            }
            stock.AddRange(others[sku.SellerSku].Select(s => new LocationStock(s.LocationId, Math.Max(0, s.OnHand))));
            var counted = stock.Where(s => read.Count == 0 || read.Contains(s.LocationId, StringComparer.Ordinal));
            var expected = Math.Min(TikTokMaximum, rules.AvailableToSell(counted)); // computed here, not with the portal's helper
            findings.InventorySkus++;
            // What buyers can order is the SKU's total over its warehouses (the portal offers it all in the first one).
            var offered = sku.Inventory.Sum(i => i.Quantity);
            if (offered != expected)
            {
                findings.InventoryMismatches++;
                findings.Note("inventory", $"{sku.SellerSku}: TikTok offers {offered} ({string.Join(", ", sku.Inventory.Select(i => $"{i.WarehouseId} {i.Quantity}"))}), SFCC's stock gives {expected}");
            }
        }
    }

    private async Task PortalAsync(PortalDbContext portal, SoakFindings findings, CancellationToken ct)
    {
        var items = await portal.WorkItems.IgnoreQueryFilters().AsNoTracking().Where(w => w.State != PushState.Done)
            .Select(w => new { w.Kind, w.State, w.LastError, w.IdempotencyKey }).ToListAsync(ct);
        findings.Stuck = items.Count(i => i.State == PushState.Blocked);
        findings.PortalBusy = items.Count(i => i.State != PushState.Blocked)
            + await portal.SyncRuns.IgnoreQueryFilters().CountAsync(r => r.Status == SyncRunStatus.Running, ct);
        foreach (var item in items.Where(i => i.State == PushState.Blocked))
        {
            findings.Note("stuck", $"{item.Kind} {item.IdempotencyKey}: {item.LastError}");
        }
        var open = await portal.OrderExceptions.IgnoreQueryFilters().AsNoTracking().Where(e => e.ResolvedAt == null)
            .Select(e => new { e.Type, e.Message, e.ExternalMessage }).ToListAsync(ct);
        // No exception is expected once faults are off and the retries ran: each one left open is counted.
        findings.OpenExceptions = open.Count;
        foreach (var e in open)
        {
            findings.Note("exception", $"{e.Type}: {e.Message} {e.ExternalMessage}");
        }
    }
}
