using System.Security.Cryptography;
using System.Text.Json;
using Pipe17Portal.Sandbox.TikTok.Orders;
using Pipe17Portal.Sandbox.TikTok.Products;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>What a control-API order contains: the SKUs asked for, or a random basket from the shop's catalog.</summary>
public static class TikTokOrderLines
{
    private const int MaxQuantity = 20;

    /// <summary>`skus` as ["SKU", …] (one unit each) or [{seller_sku, quantity}]; a catalog SKU also finds its near-miss twin.</summary>
    public static (List<TikTokOrderLine>? Lines, IResult? Error) Requested(JsonElement? skus, List<TikTokProductDocument> catalog)
    {
        if (skus is null)
        {
            return (null, null);
        }
        if (skus.Value.ValueKind != JsonValueKind.Array || skus.Value.GetArrayLength() == 0)
        {
            return (null, TikTokControl.Invalid("skus", "skus must be a non-empty list of seller SKUs or of {seller_sku, quantity}."));
        }
        List<TikTokOrderLine> lines = [];
        foreach (var (item, index) in skus.Value.EnumerateArray().Select((e, i) => (e, i)))
        {
            var sku = item.ValueKind == JsonValueKind.String ? item.GetString() : TikTokControl.Property(item, "seller_sku")?.GetString();
            var quantity = 1;
            if (item.ValueKind == JsonValueKind.Object && TikTokControl.Property(item, "quantity") is { } q && (q.ValueKind != JsonValueKind.Number || !q.TryGetInt32(out quantity) || quantity < 1 || quantity > MaxQuantity))
            {
                return (null, TikTokControl.Invalid($"skus[{index}].quantity", $"quantity must be a whole number from 1 to {MaxQuantity}."));
            }
            var match = Find(catalog, sku);
            if (match is null)
            {
                return (null, TikTokControl.Invalid($"skus[{index}]", $"'{sku}' is not a SKU of this shop; GET …/tiktok/inventory lists them (e.g. {catalog[0].Skus[0].SellerSku})."));
            }
            lines.Add(new TikTokOrderLine(match.Value.Product, match.Value.Sku, quantity));
        }
        return (lines, null);
    }

    private static (TikTokProductDocument Product, TikTokSku Sku)? Find(List<TikTokProductDocument> catalog, string? sellerSku)
    {
        if (string.IsNullOrEmpty(sellerSku))
        {
            return null;
        }
        var pairs = catalog.SelectMany(p => p.Skus.Select(s => (Product: p, Sku: s))).ToList();
        var exact = pairs.FirstOrDefault(p => p.Sku.SellerSku == sellerSku);
        if (exact.Sku is not null)
        {
            return exact;
        }
        var loose = pairs.FirstOrDefault(p => string.Equals(p.Sku.SellerSku.Trim(), sellerSku.Trim(), StringComparison.OrdinalIgnoreCase));
        return loose.Sku is null ? null : loose;
    }

    public static List<TikTokOrderLine> Random(List<TikTokProductDocument> catalog)
    {
        var skus = catalog.SelectMany(p => p.Skus.Select(s => (Product: p, Sku: s))).ToList();
        return [.. Enumerable.Range(0, 1 + RandomNumberGenerator.GetInt32(3))
            .Select(_ => skus[RandomNumberGenerator.GetInt32(skus.Count)])
            .DistinctBy(p => p.Sku.Id)
            .Select(p => new TikTokOrderLine(p.Product, p.Sku, 1 + RandomNumberGenerator.GetInt32(2)))];
    }
}
