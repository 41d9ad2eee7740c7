using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
public sealed class SfccOrderPreparer(SfccCustomerMatcher customers, SfccSkuResolver skus, IOptions<OrderPushOptions> options)
{
    /// <summary>Source connections' display names, read once per scope (a batch of the push).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, string> sourceNames = new();

    public async Task<PreparedOrder> PrepareAsync(
        PortalDbContext db, Guid connectionId, SfccConnectionSettings settings, SfccClient client, Order order,
        IReadOnlyList<FieldMapping>? mappingOverride, CancellationToken ct)
    {
        if (!sourceNames.TryGetValue(order.SourceConnectionId, out var sourceName))
        {
            sourceName = await db.Connections.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.Id == order.SourceConnectionId).Select(c => c.DisplayName).SingleAsync(ct);
            sourceNames[order.SourceConnectionId] = sourceName;
        }
        var sourceDoc = SourceDocument.Build(order, order.ChannelCode, sourceName);

        var customer = await customers.ChooseAsync(client, connectionId, settings.CustomerStrategy, settings.GenericCustomerNo, BuyerOf(order), ct);
        var skuResolution = await skus.ResolveAsync(db, order.WorkspaceId, connectionId, order, ct);

        // Unresolved SKUs still go through the mapping as they are, so one preview shows every problem at once.
        var productIds = order.Lines.Select(l => l.Sku).Distinct()
            .ToDictionary(s => s, s => skuResolution.ProductIdBySku.TryGetValue(s, out var id) ? id : s, StringComparer.Ordinal);
        var input = new SfccMappingInput(
            order, sourceDoc, OrderMappingFields.Merge(mappingOverride ?? settings.Mapping), customer.CustomerNo ?? NewCustomerPlaceholder, productIds, connectionId,
            // One budget for every script of the order: the draft and the per-field looks below draw from it together.
            MappingScriptBudget.ForOneOrder(options.Value.ScriptLimits));
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

    /// <summary>What the channel told about the buyer: an email that identifies them (not a relay), a company.</summary>
    private static BuyerIdentity BuyerOf(Order order)
    {
        var name = order.ShippingAddress.Name?.Trim() ?? "";
        var split = name.LastIndexOf(' ');
        var (first, last) = split > 0 ? (name[..split], name[(split + 1)..]) : ((string?)null, name.Length > 0 ? name : null);
        var email = order.BuyerEmailIdentifiesBuyer && !string.IsNullOrWhiteSpace(order.BuyerEmail) ? order.BuyerEmail.Trim() : null;
        var company = string.IsNullOrWhiteSpace(order.BuyerCompany) ? null : order.BuyerCompany.Trim();
        return new BuyerIdentity(email, company, first, last, string.IsNullOrEmpty(order.ChannelName) ? "sales channel" : order.ChannelName);
    }
}
