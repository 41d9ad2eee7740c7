using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// The payment mapping, run by the mapping engine as a dry run (<see cref="SfccOrderPreparer"/>, which writes nothing) on
/// the most recent TikTok order, yields payment method ids that exist in SFCC (read live). A script that fails is a
/// failure carrying the script's own message.
/// </summary>
public sealed class PaymentMethodMappingCheck(SfccLink sfccLink, SfccOrderPreparer preparer, SfccMethodsReader methods) : ICheck
{
    public string Key => "orders.payment-method";
    public string Title => "The payment mapping gives a payment method Salesforce has";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "payment-method-missing";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (sfccs.Count == 0)
        {
            return CheckFinding.Fail("There is no Salesforce connection whose payment mapping could be checked.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance"));
        }
        return await CheckFindings.EachAsync(sfccs, sfcc => OneAsync(context, sfcc, ct));
    }

    private async Task<CheckFinding> OneAsync(CheckContext context, Sync.Connection sfcc, CancellationToken ct)
    {
        var db = context.Db;
        var settings = SfccConnectionSettings.Read(sfcc.SettingsJson);
        var fixLink = MappingProblems.FixLink(sfcc.Id, MappingTargets.PaymentInstruments);
        var mappingPage = fixLink.TrimStart('/');
        var shops = context.Of(ConnectorKind.TikTokShop).Select(c => c.Id).ToList();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => shops.Contains(o.SourceConnectionId))
            .OrderBy(o => o.Status == OrderStatus.Canceled).ThenByDescending(o => o.CreatedAt)
            .FirstOrDefaultAsync(ct);
        if (order is null)
        {
            return CheckFinding.Skipped("No TikTok Shop order has been imported yet to run the payment mapping on.",
                new CheckFix("Once an order arrives, run the check again; meanwhile Preview in the mapping shows the script's result on a sample.", mappingPage));
        }
        var live = await methods.ReadAsync(db, sfcc, settings, ct);
        if (!live.IsRead)
        {
            return CheckFinding.Skipped(live.Error!, new CheckFix("Make the Salesforce connection checks pass first.", CheckContext.ConnectionPage(sfcc.Id)));
        }

        var client = await sfccLink.ClientAsync(db, sfcc, settings, ct);
        var prepared = await preparer.PrepareAsync(db, sfcc.Id, settings, client, order, null, ct);
        var evidence = new List<string>
        {
            $"Ran on order {order.SourceOrderId} ({order.Total:0.00} {order.Currency}, paid with {order.PaymentMethod ?? "unknown"})",
            $"Salesforce payment methods: {(live.Payment.Count == 0 ? "none" : string.Join(", ", live.Payment.Select(m => m.Id)))}",
        };
        if (prepared.Problems.FirstOrDefault(p => p.FixLink == fixLink) is { } problem)
        {
            evidence.Add(problem.Cause);
            return CheckFinding.Fail(problem.Message, new CheckFix(problem.Fix, mappingPage), evidence);
        }
        if (prepared.Payments.Count == 0)
        {
            return CheckFinding.Fail("The payment mapping gives no payment for this order.", new CheckFix("Set the payment mapping (e.g. the TTS payment method) in Orders to Salesforce mapping.", mappingPage), evidence);
        }
        evidence.Add($"Mapping gives: {string.Join(", ", prepared.Payments.Select(p => $"{p.PaymentMethodId} {p.Amount:0.00}"))}");
        var known = live.Payment.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = prepared.Payments.Select(p => p.PaymentMethodId).Where(id => !known.Contains(id)).Distinct().ToList();
        return unknown.Count == 0
            ? CheckFinding.Pass($"The payment mapping gives {string.Join(", ", prepared.Payments.Select(p => p.PaymentMethodId).Distinct())}, which Salesforce has.", evidence)
            : CheckFinding.Fail($"The payment mapping gives {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which Salesforce does not have: orders are refused.",
                new CheckFix($"Create the payment method {unknown[0]} in Business Manager (Merchant Tools → Ordering → Payment Methods) and enable it, or map to an existing one.", mappingPage),
                evidence);
    }
}
