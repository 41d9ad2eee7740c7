using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Products;

public sealed class ProductsService(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current, AuditTrail audit, SkuMatching matching, TimeProvider clock) : IProductsApi
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<ProductSummary>> ListAsync(int page = 1, int pageSize = 25, string? search = null, CancellationToken ct = default)
    {
        await current.RequireAsync();
        var check = new InputCheck();
        if (page < 1)
        {
            check.Add("page", "page starts at 1.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            check.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }
        check.ThrowIfInvalid();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tops = db.Products.AsNoTracking().Where(p => p.ParentId == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            tops = tops.Where(p => p.Sku.Contains(term) || p.Name.Contains(term)
                || db.Products.Any(v => v.ParentId == p.Id && (v.Sku.Contains(term) || v.Name.Contains(term))));
        }
        var total = await tops.CountAsync(ct);
        var items = await tops.OrderBy(p => p.Sku).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new ProductSummary(p.Id, p.Sku, p.Name, p.IsMaster, db.Products.Count(v => v.ParentId == p.Id), p.Price, p.Currency, p.UpdatedAt, p.RemovedAt))
            .ToListAsync(ct);
        return new PagedResult<ProductSummary>(items, total, page, pageSize);
    }

    public async Task<ProductDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    public Task<SkuMatchReport> GetSkuMatchReportAsync(Guid tiktokConnectionId, CancellationToken ct = default) => matching.ReportAsync(tiktokConnectionId, ct);

    public async Task<ProductDetail> AdoptTikTokSkuAsync(Guid id, AdoptTikTokSkuRequest request, CancellationToken ct = default)
    {
        await matching.AdoptAsync(id, request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    public async Task<ProductDetail> SetChannelSkuAsync(Guid id, Guid connectionId, SetChannelSkuRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing a Channel SKU");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.Include(p => p.ChannelOptions).SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw ApiProblemException.NotFound("The product");
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == connectionId, ct) ?? throw ApiProblemException.NotFound("The connection");

        var check = new InputCheck();
        if (connection.Kind != ConnectorKind.SalesforceCommerceCloud)
        {
            check.Add("connectionId", "Only Salesforce rows have a Channel SKU: TikTok Shop SKUs must equal the product's master SKU.");
        }
        var sku = string.IsNullOrEmpty(request.ChannelSku) ? null : request.ChannelSku;
        if (sku is not null && sku.Trim().Length == 0)
        {
            check.Add("channelSku", "A Channel SKU cannot be only spaces. Leave it empty to use the master SKU.");
        }
        else if (sku is not null && sku != sku.Trim() && !request.ConfirmWhitespace)
        {
            check.Add("channelSku", $"'{sku}' starts or ends with a space. SKU matching is exact, so that space must also be in Salesforce. Remove it, or confirm that it is intended.");
        }
        else if (sku is { Length: > 200 })
        {
            check.Add("channelSku", "A Channel SKU can be at most 200 characters.");
        }
        check.ThrowIfInvalid();
        if (sku is not null && await db.ChannelOptions.AnyAsync(o => o.ConnectionId == connectionId && o.ChannelSku == sku && o.ProductId != product.Id, ct))
        {
            var owner = await db.ChannelOptions.Where(o => o.ConnectionId == connectionId && o.ChannelSku == sku)
                .Join(db.Products, o => o.ProductId, p => p.Id, (o, p) => p.Sku).FirstAsync(ct);
            throw ApiProblemException.Invalid("channelSku", $"'{sku}' is already the Channel SKU of {owner} on {connection.DisplayName}. Each Salesforce SKU can stand for one product.");
        }

        var option = product.ChannelOptions.SingleOrDefault(o => o.ConnectionId == connectionId);
        var before = option?.ChannelSku;
        if (before != sku)
        {
            if (option is null)
            {
                option = new ChannelOption { WorkspaceId = product.WorkspaceId, ProductId = product.Id, ConnectionId = connectionId };
                db.ChannelOptions.Add(option);
            }
            option.ChannelSku = sku;
            option.UpdatedAt = clock.GetUtcNow();
            audit.Record(db, me, "Channel SKU changed", connection, "Channel SKU", $"{product.Sku}: '{before ?? "(master SKU)"}' → '{sku ?? "(master SKU)"}'");
            await db.SaveChangesAsync(ct);
        }
        return await DetailAsync(db, id, ct);
    }

    private static async Task<ProductDetail> DetailAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.ChannelOptions).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw ApiProblemException.NotFound("The product");
        var variants = await db.Products.AsNoTracking().Include(p => p.ChannelOptions).Where(p => p.ParentId == id).OrderBy(p => p.Sku).ToListAsync(ct);
        var connections = await db.Connections.AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.DisplayName).ToListAsync(ct);
        var parentSku = product.ParentId is { } parent ? await db.Products.Where(p => p.Id == parent).Select(p => p.Sku).SingleOrDefaultAsync(ct) : null;
        var source = connections.FirstOrDefault(c => c.Id == product.SourceConnectionId)?.DisplayName;

        IReadOnlyList<ChannelOptionInfo> Options(Product p) =>
            [.. connections.Select(c => new ChannelOptionInfo(c.Id, c.DisplayName, c.Kind, p.ChannelOptions.FirstOrDefault(o => o.ConnectionId == c.Id)?.ChannelSku))];

        return new ProductDetail(product.Id, product.Sku, product.Name, product.IsMaster, product.ParentId, parentSku, product.Price, product.Currency,
            source, product.SourceProductId, Options(product),
            [.. variants.Select(v => new ProductVariantInfo(v.Id, v.Sku, v.Name, v.Price, Options(v), v.RemovedAt))], product.RemovedAt);
    }
}
