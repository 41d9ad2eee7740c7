using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;

namespace Pipe17Portal.Connectors.Sfcc.Jobs;

/// <summary>
/// Reads every variant of the masters a product-search returned. Search hits carry no variants (search has no
/// <c>variations</c> expansion), so each master's <c>GET /products/{id}/variations</c> is paged 50 at a time; masters are
/// read several at once because a 50,000-product catalog holds thousands of them and each call is mostly waiting.
/// A master whose hit already lists its variants (an instance that expands them) costs no call.
/// </summary>
public static class SfccVariationReader
{
    /// <summary>Calls in flight at once: enough to hide the round trip, few enough to stay well under SCAPI's rate limits.</summary>
    public const int Parallelism = 8;

    /// <param name="onMasterRead">Told how many variants each master had, for the run's progress.</param>
    /// <exception cref="InvalidOperationException">A variations page failed: the catalog read is not complete.</exception>
    public static async Task<IReadOnlyList<SfccCatalogItem>> ReadAsync(
        SfccProductsClient products, IReadOnlyList<ScapiProduct> masters, Action<int> onMasterRead, CancellationToken ct)
    {
        var read = new SfccCatalogItem[masters.Count][];
        await Parallel.ForEachAsync(Enumerable.Range(0, masters.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
        {
            var master = masters[i];
            var variants = master.Variants ?? await AllVariationsAsync(products, master.Id, token);
            read[i] = [.. variants.Where(v => !string.IsNullOrEmpty(v.ProductId)).Select(v => Item(master, v))];
            onMasterRead(read[i].Length);
        });
        return [.. read.SelectMany(r => r)];
    }

    private static async Task<List<ScapiVariant>> AllVariationsAsync(SfccProductsClient products, string masterId, CancellationToken ct)
    {
        var all = new List<ScapiVariant>();
        while (true)
        {
            var page = await products.GetVariationsAsync(masterId, SfccProductsClient.MaxVariationsLimit, all.Count, ct);
            if (!page.IsSuccess)
            {
                throw new InvalidOperationException($"Reading the variations of master product '{masterId}' failed: {page.Error}");
            }
            all.AddRange(page.Data.Data);
            if (page.Data.Data.Count == 0 || all.Count >= page.Data.Total)
            {
                return all;
            }
        }
    }

    /// <summary>
    /// A Variant has no name of its own in SCAPI: it is the master's name with its variation values, as a shopper sees it
    /// ("Tee - Black / M"). Its own price wins; the master's currency stands in when the variant names none.
    /// </summary>
    public static SfccCatalogItem Item(ScapiProduct master, ScapiVariant variant)
    {
        var masterName = master.Name?.Default ?? master.Id;
        var values = variant.VariationValues?.Values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() is { Count: > 0 } v ? string.Join(" / ", v) : null;
        return new SfccCatalogItem(variant.ProductId!, values is null ? masterName : $"{masterName} - {values}", false, master.Id,
            variant.Price ?? master.Price, variant.PriceCurrency ?? master.PriceCurrency);
    }
}
