using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Features.Products;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Every SKU the TikTok shop lists (read live) equals a Salesforce product's SKU exactly, through the Products page's own
/// report (<see cref="SkuMatching"/>). Near misses (case, spaces, leading zeros) fail, each adoptable in one click; SKUs
/// with no product at all are a warning when they are the only problem (they may be items Salesforce does not carry yet).
/// </summary>
public sealed class SkuMatchCheck(SkuMatching matching) : ICheck
{
    public string Key => "products.sku-match";
    public string Title => "TikTok SKUs match Salesforce SKUs exactly";
    public CheckArea Area => CheckArea.CatalogAndInventory;
    public string HelpSlug => "products-not-matching";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var shops = context.Of(ConnectorKind.TikTokShop);
        var sfcc = context.Of(ConnectorKind.SalesforceCommerceCloud).FirstOrDefault();
        if (shops.Count == 0)
        {
            return CheckFinding.Fail("There is no TikTok Shop connection whose SKUs could be compared.", CheckFindings.AddConnection("your TikTok Shop"));
        }
        if (sfcc is null)
        {
            return CheckFinding.Fail("There is no Salesforce connection, so there are no products to match TikTok SKUs to.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance"));
        }
        return await CheckFindings.EachAsync(shops, shop => OneAsync(shop, sfcc, ct));
    }

    private async Task<CheckFinding> OneAsync(Sync.Connection shop, Sync.Connection sfcc, CancellationToken ct)
    {
        if (shop.Status != ConnectionStatus.Connected)
        {
            return CheckFinding.Skipped($"'{shop.DisplayName}' is not connected, so its SKUs cannot be read.", new CheckFix("Connect the shop first.", CheckContext.ConnectionPage(shop.Id)));
        }
        SkuMatchReport report;
        try
        {
            report = await matching.ReportAsync(shop.Id, ct);
        }
        catch (ApiProblemException e) when (e.Status is System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.Conflict)
        {
            return CheckFinding.Skipped($"The SKUs of '{shop.DisplayName}' could not be read: {e.Detail}", new CheckFix("Run the check again once TikTok Shop can be reached.", CheckContext.ConnectionPage(shop.Id)));
        }
        if (report.Problems.Count == 0)
        {
            return CheckFinding.Pass($"All {CheckFindings.Count(report.TikTokSkus, "TikTok SKU")} match a Salesforce product exactly.");
        }

        var near = report.Problems.Where(p => p.NearSku is not null).ToList();
        var none = report.Problems.Where(p => p.NearSku is null).ToList();
        var evidence = CheckFinding.Some(near.Select(p => $"Near miss: TikTok '{p.TikTokSku}' vs Salesforce '{p.NearSku}' ({SkuNearMiss.Difference(p.TikTokSku, p.NearSku!)})")
            .Concat(none.Select(p => p.RemovedProductId is not null
                ? $"No match: '{p.TikTokSku}' — its Salesforce product was removed from the catalog {p.RemovedAt:yyyy-MM-dd}"
                : $"No match: '{p.TikTokSku}'{(p.TikTokProductName is null ? "" : $" ({p.TikTokProductName})")} — no Salesforce product has this SKU")), 15);
        var summary = $"{report.Problems.Count} of {CheckFindings.Count(report.TikTokSkus, "TikTok SKU")} have no Salesforce product: {near.Count} near miss{(near.Count == 1 ? "" : "es")}, {none.Count} with no match. Orders with them stop with an Unknown SKU exception.";
        if (near.Count > 0)
        {
            var first = near[0];
            return CheckFinding.Fail(summary,
                new CheckFix($"Adopt each near miss: the product takes TikTok's SKU and keeps its Salesforce SKU as the Channel SKU of the Salesforce row.", $"products/{first.NearProductId}",
                    new CheckAction(AdoptSkuAction.ActionKind, sfcc.Id, AdoptSkuAction.Argument(first.NearProductId!.Value, first.TikTokSku), $"Use '{first.TikTokSku}' for {first.NearSku}")),
                evidence);
        }
        return CheckFinding.Warn(summary,
            new CheckFix("Create these products in Salesforce with the same SKU (then pull the catalog), or correct the SKU in TikTok Seller Center.", "help/products-not-matching"),
            evidence);
    }
}
