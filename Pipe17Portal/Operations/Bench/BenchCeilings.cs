using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// The ceiling of a flow: how fast the emulator endpoints that flow calls answer when driven directly (same process, same
/// sandbox account, loopback HTTP, no portal database work), measured in the same run as the flow. A flow's throughput
/// divided by its ceiling says how much the portal itself adds on top of the calls it cannot avoid.
/// </summary>
public static class BenchCeilings
{
    /// <summary>
    /// The SFCC order push's calls, per order, exactly as <c>SfccOrderPusher</c> makes them: one <c>POST /baskets</c> with
    /// customer, addresses, shipment and method, items and the payment instrument; a fixed-price
    /// <c>POST /baskets/{id}/price_adjustments</c> for each item or shipping line whose SFCC price differs from the TikTok
    /// price (the same rule as the pusher); then <c>PUT /orders/{order_no}</c>. The Business Manager token comes from the
    /// portal's own token service (obtained once, as the push does); the calls are plain <see cref="HttpClient"/> calls.
    /// <paramref name="concurrency"/> workers (the push's <c>Sfcc:OrderPush:Concurrency</c>: the generic customer may hold
    /// only 4 open baskets) each push orders one after the other. Order numbers are <c>CEIL…</c>, never the push's <c>TT…</c>.
    /// </summary>
    /// <returns>The time the orders took.</returns>
    public static async Task<TimeSpan> SfccOrdersAsync(WebApplication app, Guid sfccConnectionId, string customerNo, IReadOnlyList<(string Sku, int Quantity)> lines,
        int orders, int concurrency, CancellationToken ct)
    {
        var context = await SfccContextAsync(app, sfccConnectionId, ct);
        var tokens = app.Services.GetRequiredService<SfccTokenService>();
        var token = await tokens.GetAsync(context, SfccTokenKind.BusinessManager, ct);
        if (!token.IsSuccess)
        {
            throw new InvalidOperationException($"No Business Manager token for the ceiling: {token.Error.Message}");
        }
        var c = context.Credentials;
        using var http = new HttpClient { BaseAddress = new Uri(context.Endpoints.OcapiBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + $"/s/{c.SiteId}/dw/shop/v{c.OcapiVersion}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Data.Value);

        // What a bench order carries: the TikTok prices are the sandbox catalog's, the Standard shipping fee 5.99 (method 001).
        var prices = SandboxCatalog.Variants.ToDictionary(v => v.Sku, v => v.Price, StringComparer.Ordinal);
        const decimal shippingFee = 5.99m;
        var total = lines.Sum(l => prices[l.Sku] * l.Quantity) + shippingFee;
        var address = new JsonObject
        {
            ["first_name"] = "Ceiling", ["last_name"] = "Buyer", ["address1"] = "1 Loopback Way", ["city"] = "Austin",
            ["postal_code"] = "73301", ["state_code"] = "TX", ["country_code"] = "US", ["phone"] = "+15125550100",
        };
        string Basket(int i) => new JsonObject
        {
            ["customer_info"] = new JsonObject { ["customer_no"] = customerNo, ["email"] = "ceiling@bench.example" },
            ["billing_address"] = address.DeepClone(),
            ["shipments"] = new JsonArray(new JsonObject
            {
                ["shipment_id"] = "me",
                ["shipping_address"] = address.DeepClone(),
                ["shipping_method"] = new JsonObject { ["id"] = "001" },
            }),
            ["product_items"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject { ["product_id"] = l.Sku, ["quantity"] = l.Quantity })]),
            ["payment_instruments"] = new JsonArray(new JsonObject { ["payment_method_id"] = "TTS", ["amount"] = total }),
            ["c_tiktokOrderId"] = $"ceiling-{i}",
        }.ToJsonString();

        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders)
            {
                var basket = await SendAsync(http, HttpMethod.Post, "baskets", Basket(i), ct);
                var basketId = basket["basket_id"]!.GetValue<string>();
                foreach (var item in basket["product_items"]?.AsArray() ?? [])
                {
                    var quantity = item!["quantity"]!.GetValue<decimal>();
                    var unit = quantity == 0 ? 0 : Math.Round((item["price_after_item_discount"] ?? item["price"])!.GetValue<decimal>() / quantity, 2);
                    if (prices.TryGetValue(item["product_id"]!.GetValue<string>(), out var wanted) && unit != wanted)
                    {
                        await SendAsync(http, HttpMethod.Post, $"baskets/{basketId}/price_adjustments", Adjustment("product", item["item_id"]!.GetValue<string>(), wanted), ct);
                    }
                }
                foreach (var shipping in basket["shipping_items"]?.AsArray() ?? [])
                {
                    if ((shipping!["price_after_item_discount"] ?? shipping["price"])?.GetValue<decimal>() != shippingFee)
                    {
                        await SendAsync(http, HttpMethod.Post, $"baskets/{basketId}/price_adjustments", Adjustment("shipping", shipping["item_id"]!.GetValue<string>(), shippingFee), ct);
                    }
                }
                await SendAsync(http, HttpMethod.Put, $"orders/CEIL{run}{i:D6}", new JsonObject { ["basket_id"] = basketId }.ToJsonString(), ct);
            }
        }));
        watch.Stop();
        return watch.Elapsed;
    }

    /// <summary>
    /// The TikTok order import's calls: every page of the order search (100 a page, as the pull asks) and the order detail
    /// in batches of 50, one after the other as the pull makes them, through the portal's own TikTok client (requests must
    /// be signed). Read-only, so it runs after the timed import on the same orders.
    /// </summary>
    /// <returns>Orders read (search + detail) and the time it took.</returns>
    public static async Task<(int Orders, TimeSpan Elapsed)> TikTokOrdersAsync(WebApplication app, Guid shopConnectionId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(x => x.Id == shopConnectionId, ct);
        var client = await scope.ServiceProvider.GetRequiredService<TikTokShopLink>().ClientAsync(connection, ct, db);

        var watch = Stopwatch.StartNew();
        var ids = new List<string>();
        await foreach (var page in client.SearchAllOrdersAsync(new TikTokOrderSearchFilter { UpdateTimeGe = 0 }, new TikTokOrderSearchOptions(100, "update_time", "ASC"), ct))
        {
            ids.AddRange(page.IsSuccess ? page.Data.Orders.Select(o => o.Id) : throw new InvalidOperationException($"Order search failed in the ceiling: {page.Error}"));
        }
        var read = 0;
        foreach (var batch in ids.Chunk(50))
        {
            var detail = await client.GetOrderDetailsAsync(batch, ct);
            read += detail.IsSuccess ? detail.Data.Count : throw new InvalidOperationException($"Order detail failed in the ceiling: {detail.Error}");
        }
        watch.Stop();
        return (read, watch.Elapsed);
    }

    /// <summary>
    /// The SFCC catalog pull's calls: every page of SCAPI product-search (200 a page), one after the other, then every master's
    /// variations (50 a page, as many masters at once as the pull reads) through the portal's own SFCC client (Account Manager
    /// token, paging) without storing anything.
    /// </summary>
    /// <returns>Products read (search hits and variants) and the time it took.</returns>
    public static async Task<(int Products, TimeSpan Elapsed)> SfccCatalogAsync(WebApplication app, Guid sfccConnectionId, CancellationToken ct)
    {
        var client = app.Services.GetRequiredService<SfccClientFactory>().For(await SfccContextAsync(app, sfccConnectionId, ct));
        var watch = Stopwatch.StartNew();
        var hits = new List<Connectors.Sfcc.Api.Scapi.ScapiProduct>();
        await foreach (var page in client.Products.SearchAllAsync(ct: ct))
        {
            hits.AddRange(page.IsSuccess ? page.Data.Hits : throw new InvalidOperationException($"Product search failed in the ceiling: {page.Error.Message}"));
        }
        var variants = await Connectors.Sfcc.Jobs.SfccVariationReader.ReadAsync(client.Products, [.. hits.Where(h => h.Type?.Master == true)], _ => { }, ct);
        watch.Stop();
        return (hits.Count + variants.Count, watch.Elapsed);
    }

    private static async Task<SfccContext> SfccContextAsync(WebApplication app, Guid connectionId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(x => x.Id == connectionId, ct);
        return await scope.ServiceProvider.GetRequiredService<SfccLink>().ContextAsync(db, connection, SfccConnectionSettings.Read(connection.SettingsJson), ct);
    }

    private static string Adjustment(string level, string itemId, decimal price) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["level"] = level,
        ["item_id"] = itemId,
        ["discount"] = new Dictionary<string, object> { ["type"] = "fixed_price", ["value"] = price },
        ["reason_code"] = "TikTok Shop price",
    });

    private static async Task<JsonNode> SendAsync(HttpClient http, HttpMethod method, string path, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text) ?? new JsonObject()
            : throw new InvalidOperationException($"Ceiling: {method} {path} answered {(int)response.StatusCode}: {text}");
    }
}
