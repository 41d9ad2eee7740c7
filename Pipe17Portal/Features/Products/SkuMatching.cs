using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Products;

/// <summary>
/// SKU matching is exact: a TikTok SKU links to the product whose master SKU is the same string. This reports the TikTok
/// SKUs that link to nothing, with any product whose SKU differs only in case, spaces or leading zeros (<see cref="SkuNearMiss"/>), and fixes such a near
/// miss on request (never automatically).
/// </summary>
public sealed class SkuMatching(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current, IEnumerable<IChannelCatalog> catalogs, AuditTrail audit, TimeProvider clock)
{
    public async Task<SkuMatchReport> ReportAsync(Guid tiktokConnectionId, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == tiktokConnectionId && c.Kind == ConnectorKind.TikTokShop, ct)
            ?? throw ApiProblemException.NotFound("A TikTok Shop connection with this id");
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw ApiProblemException.Conflict($"'{connection.DisplayName}' is not connected, so its SKUs cannot be read. Connect it under Integrations first.");
        }

        var catalog = catalogs.SingleOrDefault(c => c.Kind == connection.Kind)
            ?? throw ApiProblemException.Conflict($"'{connection.DisplayName}' cannot list its SKUs.");
        IReadOnlyDictionary<string, string?> skus;
        try
        {
            skus = await catalog.SkusAsync(connection, ct);
        }
        catch (ChannelUnavailableException e)
        {
            throw new ApiProblemException(System.Net.HttpStatusCode.BadGateway, "TikTok error", e.Message);
        }

        // A product removed from Salesforce resolves no order line, so it is no match (nor a near miss to adopt); the row
        // names it instead, so the merchant sees why the SKU stopped matching.
        var products = await db.Products.AsNoTracking().Select(p => new { p.Id, p.Sku, p.RemovedAt }).ToListAsync(ct);
        var present = products.Where(p => p.RemovedAt is null).ToList();
        var exact = present.Select(p => p.Sku).ToHashSet(StringComparer.Ordinal);
        var loose = present.GroupBy(p => SkuNearMiss.Key(p.Sku)).ToDictionary(g => g.Key, g => g.First());
        var removed = products.Where(p => p.RemovedAt is not null).GroupBy(p => p.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var problems = skus.Where(s => !exact.Contains(s.Key))
            .Select(s =>
            {
                var row = loose.TryGetValue(SkuNearMiss.Key(s.Key), out var near)
                    ? new SkuMatchRow(s.Key, s.Value, near.Id, near.Sku)
                    : new SkuMatchRow(s.Key, s.Value, null, null);
                return removed.TryGetValue(s.Key, out var gone) ? row with { RemovedProductId = gone.Id, RemovedAt = gone.RemovedAt } : row;
            })
            .OrderBy(r => r.NearSku is null).ThenBy(r => r.TikTokSku, StringComparer.Ordinal)
            .ToList();
        return new SkuMatchReport(connection.Id, skus.Count, skus.Count - problems.Count, problems);
    }

    public async Task<Product> AdoptAsync(Guid productId, AdoptTikTokSkuRequest request, CancellationToken ct)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing a product's SKU");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.Include(p => p.ChannelOptions).SingleOrDefaultAsync(p => p.Id == productId, ct) ?? throw ApiProblemException.NotFound("The product");
        var sfcc = await db.Connections.SingleOrDefaultAsync(c => c.Id == request.SalesforceConnectionId && c.Kind == ConnectorKind.SalesforceCommerceCloud, ct)
            ?? throw ApiProblemException.NotFound("A Salesforce connection with this id");
        var tiktokSku = request.TikTokSku ?? "";
        if (!SkuNearMiss.Near(tiktokSku, product.Sku))
        {
            throw ApiProblemException.Invalid("tikTokSku", $"'{tiktokSku}' is not a near miss of {product.Sku} (they must differ only in case, spaces or leading zeros). Set the Channel SKU by hand instead.");
        }
        if (await db.Products.AnyAsync(p => p.Sku == tiktokSku && p.Id != product.Id, ct))
        {
            throw ApiProblemException.Conflict($"Another product already has the SKU '{tiktokSku}'.");
        }

        // The master SKU becomes TikTok's, and Salesforce keeps receiving its own SKU through the Channel SKU.
        var salesforceSku = product.ChannelOptions.FirstOrDefault(o => o.ConnectionId == sfcc.Id)?.ChannelSku ?? product.Sku;
        var option = product.ChannelOptions.FirstOrDefault(o => o.ConnectionId == sfcc.Id);
        if (option is null)
        {
            option = new ChannelOption { WorkspaceId = product.WorkspaceId, ProductId = product.Id, ConnectionId = sfcc.Id };
            db.ChannelOptions.Add(option);
        }
        option.ChannelSku = salesforceSku;
        option.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, me, "Product SKU matched to TikTok", sfcc, "Master SKU", $"'{product.Sku}' → '{tiktokSku}', Salesforce Channel SKU '{salesforceSku}'");
        product.Sku = tiktokSku;
        product.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return product;
    }
}
