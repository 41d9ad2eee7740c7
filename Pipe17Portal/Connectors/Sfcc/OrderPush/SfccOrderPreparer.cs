using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Everything decided about an order before anything is written to SFCC.</summary>
public sealed record PreparedOrder(
    JsonObject SourceDoc,
    CustomerChoice Customer,
    SkuResolution Skus,
    SfccOrderDraft? Draft,
    IReadOnlyList<OrderProblemInfo> Problems,
    string? ShippingMethodId,
    IReadOnlyList<OcapiPaymentInstrumentRequest> Payments)
{
    public bool IsReady => Problems.Count == 0 && Draft is not null;
}

/// <summary>
/// Turns a portal order into the SFCC document for one connection: customer by strategy, SKUs to SFCC product ids, then
/// the field mapping (defaults, constants, lookups, scripts). Read-only towards SFCC, so the push, the mapping preview
/// and the dry run all share it and can never disagree.
/// </summary>
public sealed class SfccOrderPreparer(SfccCustomerMatcher customers, SfccSkuResolver skus)
{
    public async Task<PreparedOrder> PrepareAsync(
        PortalDbContext db, Guid connectionId, SfccConnectionSettings settings, SfccClient client, Order order,
        IReadOnlyList<FieldMapping>? mappingOverride, CancellationToken ct)
    {
        var source = await db.Connections.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Id == order.SourceConnectionId).Select(c => new { c.Kind, c.DisplayName }).SingleAsync(ct);
        var channel = ChannelName(source.Kind);
        var sourceDoc = SourceDocument.Build(order, ChannelCode(source.Kind), source.DisplayName);

        var customer = await customers.ChooseAsync(client, connectionId, settings.CustomerStrategy, settings.GenericCustomerNo, BuyerOf(order, source.Kind, channel), ct);
        var skuResolution = await skus.ResolveAsync(db, order.WorkspaceId, connectionId, order, ct);

        // Unresolved SKUs still go through the mapping as they are, so one preview shows every problem at once.
        var productIds = order.Lines.Select(l => l.Sku).Distinct()
            .ToDictionary(s => s, s => skuResolution.ProductIdBySku.TryGetValue(s, out var id) ? id : s, StringComparer.Ordinal);
        var input = new SfccMappingInput(
            order, sourceDoc, OrderMappingFields.Merge(mappingOverride ?? settings.Mapping), customer.CustomerNo ?? NewCustomerPlaceholder, productIds, connectionId);
        var draft = SfccOrderMapper.Map(input);

        var problems = new List<OrderProblemInfo>();
        if (customer.Problem is { } customerProblem)
        {
            problems.Add(customerProblem);
        }
        problems.AddRange(skuResolution.Problems);
        problems.AddRange(draft.Problems);
        // Each field on its own too, so a check list can judge the payment mapping even when the shipping one fails.
        return new PreparedOrder(sourceDoc, customer, skuResolution, draft.IsReady ? draft : null, problems,
            draft.IsReady ? draft.Basket.Shipments?.FirstOrDefault()?.ShippingMethod?.Id : SfccOrderMapper.MapShippingMethod(input),
            draft.IsReady ? draft.Payments : SfccOrderMapper.MapPayments(input) ?? []);
    }

    /// <summary>Stands in the preview for a customer that the push creates first (its number is known only then).</summary>
    public const string NewCustomerPlaceholder = "(created with the order)";

    public static string ChannelName(ConnectorKind kind) => kind switch
    {
        ConnectorKind.TikTokShop => "TikTok Shop",
        _ => kind.ToString(),
    };

    private static string ChannelCode(ConnectorKind kind) => kind switch
    {
        ConnectorKind.TikTokShop => "tiktok",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>TikTok Shop's buyer email is a per-order relay address and it has no company: nothing to match a customer on.</summary>
    private static BuyerIdentity BuyerOf(Order order, ConnectorKind kind, string channel)
    {
        var name = order.ShippingAddress.Name?.Trim() ?? "";
        var split = name.LastIndexOf(' ');
        var (first, last) = split > 0 ? (name[..split], name[(split + 1)..]) : ((string?)null, name.Length > 0 ? name : null);
        return kind == ConnectorKind.TikTokShop
            ? new BuyerIdentity(null, null, first, last, channel)
            : new BuyerIdentity(string.IsNullOrWhiteSpace(order.BuyerEmail) ? null : order.BuyerEmail.Trim(), null, first, last, channel);
    }
}
