using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Channel SKUs belong on the Salesforce row of a sellable product only: TikTok matches on the master SKU (a Channel SKU
/// on its row is never read), and orders name variants, so one on a parent or master is never used either. Either is a
/// sign the merchant meant something else; the evidence names each offender.
/// </summary>
public sealed class ChannelSkusCheck : ICheck
{
    public string Key => "products.channel-skus";
    public string Title => "Channel SKUs are set only on the Salesforce row of variants";
    public CheckArea Area => CheckArea.CatalogAndInventory;
    public string HelpSlug => "sku-matching";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var kinds = context.Connections.ToDictionary(c => c.Id, c => (c.Kind, c.DisplayName));
        var rows = await context.Db.ChannelOptions.AsNoTracking().Where(o => o.ChannelSku != null && o.ChannelSku != "")
            .Join(context.Db.Products.AsNoTracking(), o => o.ProductId, p => p.Id, (o, p) => new
            {
                p.Id, p.Sku, p.IsMaster, o.ConnectionId, o.ChannelSku,
                IsParent = context.Db.Products.Any(c => c.ParentId == p.Id),
            })
            .ToListAsync(ct);
        var offenders = new List<(Guid ProductId, string Line)>();
        foreach (var row in rows)
        {
            var (kind, name) = kinds.TryGetValue(row.ConnectionId, out var c) ? c : (default, "a removed connection");
            if (kind != ConnectorKind.SalesforceCommerceCloud)
            {
                offenders.Add((row.Id, $"{row.Sku}: Channel SKU '{row.ChannelSku}' on the {name} row (only the Salesforce row uses one)"));
            }
            else if (row.IsMaster || row.IsParent)
            {
                offenders.Add((row.Id, $"{row.Sku}: Channel SKU '{row.ChannelSku}' on a parent product (set it on each variant instead)"));
            }
        }
        var salesforceRows = rows.Count(r => kinds.TryGetValue(r.ConnectionId, out var c) && c.Kind == ConnectorKind.SalesforceCommerceCloud);
        if (offenders.Count == 0)
        {
            return CheckFinding.Pass(rows.Count == 0
                ? "No Channel SKU is set: every product goes to Salesforce under its own SKU."
                : $"{CheckFindings.Count(salesforceRows, "Channel SKU")} set, all on the Salesforce row of a variant.");
        }
        return CheckFinding.Fail($"{CheckFindings.Count(offenders.Count, "Channel SKU")} {(offenders.Count == 1 ? "is" : "are")} set where {(offenders.Count == 1 ? "it is" : "they are")} never used.",
            new CheckFix("Open each product, clear the Channel SKU there and set it on the Salesforce row of the variant that is sold.", $"products/{offenders[0].ProductId}"),
            CheckFinding.Some(offenders.Select(o => o.Line)));
    }
}
