using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.TikTok.Fulfillment;
using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>Gives a sandbox account its TikTok shop: settings, the catalog as listed products, and stock. Idempotent.</summary>
public static class TikTokSeeder
{
    /// <summary>
    /// TikTok-side SKUs that differ from the shared catalog only by case or surrounding whitespace, so SKU-mapping
    /// checks have something real to find.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NearMisses = new Dictionary<string, string>
    {
        ["TEE-CLASSIC-WHT-S"] = "tee-classic-wht-s",
        ["HOOD-ZIP-GRY-L"] = "HOOD-ZIP-GRY-L ",
        ["CAP-DAD-KHK-OS"] = " CAP-DAD-KHK-OS",
    };

    public static async Task<TikTokShopSettings> EnsureAsync(SandboxDbContext db, SandboxAccount account, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.TikTokShops.SingleOrDefaultAsync(s => s.AccountId == account.Id, ct);
        if (settings is not null)
        {
            return settings;
        }
        settings = Seed(db, account, now);
        try
        {
            await db.SaveChangesAsync(ct);
            return settings;
        }
        catch (DbUpdateException)
        {
            // Another request seeded the same shop first; use its rows.
            db.ChangeTracker.Clear();
            return await db.TikTokShops.SingleAsync(s => s.AccountId == account.Id, ct);
        }
    }

    /// <summary>Adds the shop's rows to the context without saving, so account creation stores everything at once.</summary>
    public static TikTokShopSettings Seed(SandboxDbContext db, SandboxAccount account, DateTimeOffset now)
    {
        var settings = new TikTokShopSettings { AccountId = account.Id, OpenId = TikTokIds.Numeric("70", 19), SeededAt = now };
        db.TikTokShops.Add(settings);
        var warehouses = TikTokLogistics.Warehouses(account);
        var time = TikTokJson.Unix(now);
        foreach (var (master, index) in SandboxCatalog.Masters.Select((m, i) => (m, i)))
        {
            var document = new TikTokProductDocument
            {
                Id = TikTokIds.Product(),
                Title = master.Name,
                Description = $"<p>{master.Description}</p>",
                CreateTime = time,
                UpdateTime = time,
                Skus = [.. master.Variants.Select(v => new TikTokSku
                {
                    Id = TikTokIds.Sku(),
                    SellerSku = NearMisses.GetValueOrDefault(v.Sku, v.Sku),
                    ExternalSkuId = "",
                    Price = new TikTokPrice("USD", Money(v.Price), Money(v.Price)),
                    // Every fifth product is stocked in both warehouses, so inventory pushes must list both.
                    Inventory = [.. warehouses.Take(index % 5 == 0 ? 2 : 1).Select(w => new TikTokSkuInventory
                    {
                        WarehouseId = w.Id,
                        Quantity = 20 + System.Security.Cryptography.RandomNumberGenerator.GetInt32(180),
                    })],
                    SalesAttributes =
                    [
                        new TikTokSalesAttribute("100000", "Color", TikTokIds.Derived(v.Color, "color")[..10], v.Color),
                        new TikTokSalesAttribute("100007", "Size", TikTokIds.Derived(v.Size, "size")[..10], v.Size),
                    ],
                    IdentifierCode = new TikTokIdentifierCode(TikTokIds.Derived(v.Sku, "gtin")[..14], "GTIN"),
                })],
            };
            var product = new TikTokProduct { Id = document.Id, AccountId = account.Id, Document = "" };
            product.Write(document);
            db.TikTokProducts.Add(product);
        }
        return settings;
    }

    public static string Money(decimal amount) => amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
