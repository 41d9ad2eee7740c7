using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Sandbox.Sfcc.State;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>
/// `POST /sandbox/_control/accounts/{id}/tiktok/products/generate {masters, variants_per_master}`: lists in the shop the same
/// synthetic SKUs the SFCC catalog generator creates (GEN-000001, or its variants GEN-000001-01 …), one TikTok product per
/// master, stocked in the shop's first warehouse, for benchmarks. Generated products already there are replaced.
/// </summary>
public static class TikTokCatalogGenerator
{
    public const int MaxMasters = 50_000;
    public const int MaxVariantsPerMaster = 50;
    private const string TitlePrefix = "Generated Product ";

    public static void Map(RouteGroupBuilder tiktok) => tiktok.MapPost("/products/generate", GenerateAsync);

    private static async Task<IResult> GenerateAsync(string id, JsonElement body, SandboxDbContext db, TimeProvider clock, IOptions<SandboxOptions> options, CancellationToken ct)
    {
        var (account, error) = await TikTokControl.AccountAsync(db, id, ct);
        if (account is null)
        {
            return error!;
        }
        if (TikTokControl.Property(body, "masters") is not { ValueKind: JsonValueKind.Number } m || !m.TryGetInt32(out var masters) || masters is < 1 or > MaxMasters)
        {
            return TikTokControl.Invalid("masters", $"masters must be a whole number from 1 to {MaxMasters}.");
        }
        if (TikTokControl.Property(body, "variants_per_master") is not { ValueKind: JsonValueKind.Number } v || !v.TryGetInt32(out var variants) || variants is < 0 or > MaxVariantsPerMaster)
        {
            return TikTokControl.Invalid("variants_per_master", $"variants_per_master must be a whole number from 0 to {MaxVariantsPerMaster}.");
        }
        var maxProducts = options.Value.Limits.MaxCatalogProducts;
        if ((long)masters * Math.Max(1, variants) > maxProducts)
        {
            return TikTokControl.Invalid("masters", $"masters × variants_per_master must not exceed {maxProducts} SKUs (Sandbox:Limits:MaxCatalogProducts).");
        }
        var watch = Stopwatch.StartNew();
        await TikTokSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
        await db.TikTokProducts.Where(p => p.AccountId == account.Id && p.Document.Contains("\"" + TitlePrefix)).ExecuteDeleteAsync(ct);
        var warehouse = TikTokLogistics.Warehouses(account)[0].Id;
        var time = TikTokJson.Unix(clock.GetUtcNow());
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 1; i <= masters; i++)
        {
            var masterId = $"GEN-{i:D6}";
            string[] skus = variants == 0 ? [masterId] : [.. Enumerable.Range(1, variants).Select(n => $"{masterId}-{n:D2}")];
            var document = new TikTokProductDocument
            {
                Id = TikTokIds.Product(),
                Title = TitlePrefix + i,
                Description = "<p>A generated product.</p>",
                CreateTime = time,
                UpdateTime = time,
                Skus = [.. skus.Select(sku => new TikTokSku
                {
                    Id = TikTokIds.Sku(),
                    SellerSku = sku,
                    ExternalSkuId = "",
                    Price = new TikTokPrice("USD", "10", "10"),
                    Inventory = [new TikTokSkuInventory { WarehouseId = warehouse, Quantity = 0 }],
                    SalesAttributes = [],
                    IdentifierCode = new TikTokIdentifierCode(SfccCatalogSeed.Upc(sku), "UPC"),
                })],
            };
            var product = new TikTokProduct { Id = document.Id, AccountId = account.Id, Document = "" };
            product.Write(document);
            db.TikTokProducts.Add(product);
            if (i % 2_000 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(ct);
        return TikTokControl.Ok(new { masters, skus = masters * Math.Max(1, variants), elapsed_ms = watch.ElapsedMilliseconds });
    }
}
