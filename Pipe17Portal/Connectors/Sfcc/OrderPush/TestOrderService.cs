using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Test one order (setup guide best practice): a dry run shows the exact document and every check without writing to
/// SFCC; a push sends the order even when Push orders is off, reads it back and checks customer, shipping method,
/// payment method and totals, each failed line saying how to fix it.
/// </summary>
public sealed class TestOrderService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SfccLink sfccLink,
    SfccOrderPreparer preparer,
    SfccOrderPlanner planner,
    WorkItemClaims claims,
    WorkItemRunner runner,
    AuditTrail audit)
{
    private static readonly JsonSerializerOptions Pretty = new(Api.SfccJson.Ocapi) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<TestOrderResult> DryRunAsync(Guid id, TestOrderRequest request, CancellationToken ct)
    {
        await current.RequireAsync(WorkspaceRole.Developer, "Testing an order");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (connection, settings, client, order) = await LoadAsync(db, id, request, ct);
        var prepared = await preparer.PrepareAsync(db, connection.Id, settings, client, order, null, ct);
        var link = await LinkAsync(db, connection.Id, order.Id, ct);
        var checks = await ChecksBeforePushAsync(db, client, connection.Id, settings, order, prepared, link, ct);
        return new TestOrderResult(TestOrderMode.DryRun, order.Id, order.SourceOrderId, link?.ExternalId ?? SfccOrderNumber.For(order),
            prepared.Draft?.Document?.ToJsonString(Pretty), null, checks, checks.All(c => c.Outcome != CheckOutcome.Fail));
    }

    public async Task<TestOrderResult> PushAsync(Guid id, TestOrderRequest request, CancellationToken ct)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Testing an order");
        PreparedOrder prepared;
        Order order;
        Connection connection;
        SfccClient client;
        WorkItem item;
        List<TestOrderCheck> checks;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            (connection, var settings, client, order) = await LoadAsync(db, id, request, ct);
            prepared = await preparer.PrepareAsync(db, connection.Id, settings, client, order, null, ct);
            var link = await LinkAsync(db, connection.Id, order.Id, ct);
            checks = [.. await ChecksBeforePushAsync(db, client, connection.Id, settings, order, prepared, link, ct)];
            if (link is null && checks.Any(c => c.Outcome == CheckOutcome.Fail))
            {
                return new TestOrderResult(TestOrderMode.Push, order.Id, order.SourceOrderId, null, prepared.Draft?.Document?.ToJsonString(Pretty), null,
                    [.. checks, new TestOrderCheck("Order pushed", CheckOutcome.Fail, "Not pushed: fix the failed checks above first, so SFCC is not sent an order it would refuse.", null, null)], false);
            }
            item = await planner.QueueOneAsync(db, order.WorkspaceId, connection.Id, WorkItemKind.SfccCreateOrder, order.Id, ct);
            var itemId = item.Id;
            await claims.RequeueAsync(db.WorkItems.IgnoreQueryFilters().Where(w => w.Id == itemId && w.State == PushState.Blocked), ct);
            audit.Record(db, me, "Test order pushed", connection, "Order", order.SourceOrderId);
            await db.SaveChangesAsync(ct);
        }

        var outcome = await runner.RunNowAsync(item.Id, ct);
        var orderNo = SfccOrderNumber.For(order);
        var readBack = await client.Shop.GetOrderAsync(orderNo, ct);
        var results = new List<TestOrderCheck>();
        if (!readBack.IsSuccess)
        {
            results.Add(await NotCreatedAsync(order.Id, connection.Id, outcome, readBack.Error, ct));
        }
        else
        {
            results.AddRange(ReadBackChecks(connection.Id, order, prepared, readBack.Data));
        }
        return new TestOrderResult(TestOrderMode.Push, order.Id, order.SourceOrderId, readBack.IsSuccess ? readBack.Data.OrderNo : null,
            prepared.Draft?.Document?.ToJsonString(Pretty), readBack.IsSuccess ? SfccOrderWrites.Payload(readBack.Data) : null,
            results, results.All(c => c.Outcome != CheckOutcome.Fail));
    }

    private async Task<(Connection, SfccConnectionSettings, SfccClient, Order)> LoadAsync(PortalDbContext db, Guid id, TestOrderRequest request, CancellationToken ct)
    {
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == request.OrderId, ct)
            ?? throw ApiProblemException.Invalid("orderId", "No such order in this workspace. Pick an order from the Orders list.");
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw ApiProblemException.Conflict("The Salesforce connection is not connected: click Connect and make every check pass first.");
        }
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var client = await sfccLink.ClientAsync(db, connection, settings, ct);
        return (connection, settings, client, order);
    }

    private static Task<ExternalLink?> LinkAsync(PortalDbContext db, Guid connectionId, Guid orderId, CancellationToken ct) =>
        db.ExternalLinks.AsNoTracking().SingleOrDefaultAsync(l => l.ConnectionId == connectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == orderId, ct);

    /// <summary>Everything that can be known without writing to SFCC.</summary>
    private static async Task<IReadOnlyList<TestOrderCheck>> ChecksBeforePushAsync(
        PortalDbContext db, SfccClient client, Guid connectionId, SfccConnectionSettings settings, Order order, PreparedOrder prepared, ExternalLink? link, CancellationToken ct)
    {
        var checks = new List<TestOrderCheck>();
        var (knownShipping, knownPayment) = await SfccLearnedFactsStore.MethodsAsync(db, connectionId, ct);
        var problems = prepared.Problems;
        TestOrderCheck? FromProblem(string name, params OrderExceptionType[] types) =>
            problems.FirstOrDefault(p => types.Contains(p.Type)) is { } p
                ? new TestOrderCheck(name, CheckOutcome.Fail, p.Message + (p.ExternalMessage is null ? "" : $" SFCC: {p.ExternalMessage}") + " " + p.Cause, p.Fix, p.FixLink)
                : null;

        if (link is not null)
        {
            checks.Add(new("Not yet in Salesforce", CheckOutcome.Warn, $"Already pushed as Salesforce order {link.ExternalId} (status {link.ExternalStatus}). Push this order reads it back instead of creating it again.", null, null));
        }
        checks.Add(order.Status == OrderStatus.Canceled
            ? new("Order can be pushed", CheckOutcome.Fail, "The order is canceled; canceled orders are never created in Salesforce.", "Pick an order that is not canceled.", null)
            : new("Order can be pushed", CheckOutcome.Pass, $"Status {order.Status}; {order.Lines.Sum(l => l.WantedQuantity)} unit(s), {order.Total:0.00} {order.Currency}.", null, null));
        if (!settings.PushOrders)
        {
            checks.Add(new("Push orders to Salesforce", CheckOutcome.Warn, "Off: orders are only pushed by Test one order until you switch it on.", "Switch on Push orders to Salesforce in Orders to Salesforce once the test order looks right.", OrderProblems.SettingsLink(connectionId)));
        }

        checks.Add(FromProblem("Customer", OrderExceptionType.CustomerNotConfigured, OrderExceptionType.CustomerStrategyUnsupported)
            ?? await CustomerCheckAsync(client, connectionId, prepared.Customer, ct));
        checks.Add(FromProblem("Products (SKUs)", OrderExceptionType.UnknownSku, OrderExceptionType.ProductRemoved)
            ?? new("Products (SKUs)", CheckOutcome.Pass, string.Join("; ", prepared.Skus.ProductIdBySku.Select(p => p.Key == p.Value ? $"{p.Key}" : $"{p.Key} → {p.Value}")), null, null));
        var draft = prepared.Draft;
        var shippingId = prepared.ShippingMethodId;
        checks.Add(FromProblem("Shipping method mapped", OrderExceptionType.UnmappedShippingOption)
            ?? (shippingId is null
                ? new("Shipping method mapped", CheckOutcome.Fail, "The mapping gives no shipping method.", "Map the delivery option in Orders to Salesforce mapping.", OrderProblems.MappingLink(connectionId, "shipments[0].shipping_method.id"))
                : Known("Shipping method mapped", $"'{order.ShippingOptionName ?? order.ShippingOptionId}' → SFCC shipping method '{shippingId}'", shippingId, knownShipping,
                    OrderProblems.MappingLink(connectionId, "shipments[0].shipping_method.id"), "Business Manager → Merchant Tools → Ordering → Shipping Methods")));
        var paymentIds = prepared.Payments.Select(p => p.PaymentMethodId).ToList();
        checks.Add(FromProblem("Payment method mapped", OrderExceptionType.MappingScriptError)
            ?? (paymentIds.Count == 0
                ? new("Payment method mapped", CheckOutcome.Fail, "The payment mapping gives no payment instrument.", "Set the payment mapping script (setup guide Step 7).", OrderProblems.MappingLink(connectionId, "payment_instruments"))
                : Known("Payment method mapped", $"Payment {string.Join(", ", prepared.Payments.Select(p => $"{p.PaymentMethodId} {p.Amount:0.00}"))}", paymentIds[0], knownPayment,
                    OrderProblems.MappingLink(connectionId, "payment_instruments"), "Business Manager → Merchant Tools → Ordering → Payment Methods")));
        if (draft?.Document is not null)
        {
            checks.Add(await CustomAttributeCheck.RunAsync(client, connectionId, draft.Document, ct));
        }
        return checks;
    }

    /// <summary>Checked against the methods last read from SFCC by the mapping editor; unknown when never read.</summary>
    private static TestOrderCheck Known(string name, string detail, string id, IReadOnlyList<SfccMethodInfo> known, string link, string where) =>
        known.Count == 0
            ? new(name, CheckOutcome.Warn, detail + ". Not verified against SFCC: its methods have not been read yet.", "Open Orders to Salesforce mapping once: it reads the shipping and payment methods from SFCC.", link)
            : known.Any(m => m.Id == id)
                ? new(name, CheckOutcome.Pass, detail + ", which exists in SFCC.", null, null)
                : new(name, CheckOutcome.Fail, detail + $", but SFCC has no method '{id}' (it has {string.Join(", ", known.Select(m => m.Id))}).", $"Create '{id}' in {where}, or map to one of the existing IDs.", link);

    private static async Task<TestOrderCheck> CustomerCheckAsync(SfccClient client, Guid connectionId, CustomerChoice choice, CancellationToken ct)
    {
        if (choice.CustomerNo is null)
        {
            return new("Customer", CheckOutcome.Pass, $"Will use {choice.Description}.", null, null);
        }
        var found = await client.Data.GetCustomerAsync(choice.CustomerNo, ct: ct);
        if (found.IsSuccess)
        {
            return new("Customer", CheckOutcome.Pass, $"Will use {choice.Description} ({found.Data.FirstName} {found.Data.LastName}).", null, null);
        }
        var problem = OrderProblems.CustomerNotFound(connectionId, choice.CustomerNo, found.Error);
        return found.Error.Kind == SfccErrorKind.NotFound
            ? new("Customer", CheckOutcome.Fail, problem.Message + " " + problem.Cause, problem.Fix, problem.FixLink)
            : new("Customer", CheckOutcome.Warn, $"Could not check customer {choice.CustomerNo}: {found.Error.Message}", found.Error.Explanation, OrderProblems.ConnectionLink(connectionId));
    }

    /// <summary>The push did not create the order: the exception it raised says which line failed and why.</summary>
    private async Task<TestOrderCheck> NotCreatedAsync(Guid orderId, Guid connectionId, WorkOutcome outcome, SfccError readError, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.OrderExceptions.AsNoTracking().Where(e => e.OrderId == orderId && e.ConnectionId == connectionId && e.ResolvedAt == null)
            .OrderByDescending(e => e.LastSeenAt).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            var line = open.Type switch
            {
                OrderExceptionType.CustomerNotFound or OrderExceptionType.CustomerNotConfigured or OrderExceptionType.CustomerStrategyUnsupported => "Customer number is the configured one",
                OrderExceptionType.ShippingMethodRejected or OrderExceptionType.UnmappedShippingOption => "Shipping method as mapped",
                OrderExceptionType.PaymentMethodRejected => "Payment method as mapped",
                OrderExceptionType.ShippingFeeAboveMethodPrice => "Totals equal",
                _ => "Order exists in Salesforce",
            };
            return new(line, CheckOutcome.Fail, $"{open.Message}{(open.ExternalMessage is null ? "" : $" SFCC said: {open.ExternalFaultType}: {open.ExternalMessage}")} {open.Cause}", open.Fix, open.FixLink);
        }
        if (outcome == WorkOutcome.Busy)
        {
            return new("Order exists in Salesforce", CheckOutcome.Warn, "This order is being pushed right now by another run; it was not pushed a second time.", "Open the order in a moment: its timeline shows the outcome.", $"/orders/{orderId}");
        }
        return outcome == WorkOutcome.Retry
            ? new("Order exists in Salesforce", CheckOutcome.Fail, $"SFCC did not answer in time ({readError.Message}); the push tries again on its own.", "Wait a minute and open the order: its timeline shows the next attempt.", $"/orders/{orderId}")
            : new("Order exists in Salesforce", CheckOutcome.Fail, $"The order could not be read back: {readError.Message}", readError.Explanation, OrderProblems.ConnectionLink(connectionId));
    }

    private static IEnumerable<TestOrderCheck> ReadBackChecks(Guid connectionId, Order order, PreparedOrder prepared, OcapiOrder sfcc)
    {
        yield return new("Order exists in Salesforce", CheckOutcome.Pass, $"Order {sfcc.OrderNo}, status {sfcc.Status}, created {sfcc.CreationDate:yyyy-MM-dd HH:mm} UTC.", null, null);

        var expectedCustomer = prepared.Customer.CustomerNo;
        var actualCustomer = sfcc.CustomerInfo?.CustomerNo;
        yield return expectedCustomer is null || expectedCustomer == actualCustomer
            ? new("Customer number is the configured one", CheckOutcome.Pass, $"Customer {actualCustomer}{(expectedCustomer is null ? " (created for this order)" : "")}.", null, null)
            : new("Customer number is the configured one", CheckOutcome.Fail, $"SFCC order has customer '{actualCustomer}', expected '{expectedCustomer}'.",
                "Check the Generic Customer Number and the customer matching strategy; an order already in SFCC keeps its customer.", OrderProblems.SettingsLink(connectionId));

        var mappedShipping = prepared.ShippingMethodId;
        var actualShipping = sfcc.Shipments?.FirstOrDefault()?.ShippingMethod?.Id;
        yield return mappedShipping == actualShipping
            ? new("Shipping method as mapped", CheckOutcome.Pass, $"Shipping method '{actualShipping}'.", null, null)
            : new("Shipping method as mapped", CheckOutcome.Fail, $"SFCC order has shipping method '{actualShipping}', the mapping gives '{mappedShipping}'.",
                "If the mapping changed after this order was pushed, that is expected; otherwise check the shipping method mapping.", OrderProblems.MappingLink(connectionId, "shipments[0].shipping_method.id"));

        var mappedPayments = prepared.Payments.Select(p => p.PaymentMethodId).OrderBy(p => p).ToList();
        var actualPayments = sfcc.PaymentInstruments?.Select(p => p.PaymentMethodId ?? "").OrderBy(p => p).ToList() ?? [];
        yield return mappedPayments.SequenceEqual(actualPayments)
            ? new("Payment method as mapped", CheckOutcome.Pass, $"Payment method {string.Join(", ", actualPayments)}.", null, null)
            : new("Payment method as mapped", CheckOutcome.Fail, $"SFCC order has payment method(s) {string.Join(", ", actualPayments)}, the mapping gives {string.Join(", ", mappedPayments)}.",
                "Check the payment mapping script (setup guide Step 7).", OrderProblems.MappingLink(connectionId, "payment_instruments"));

        var total = sfcc.OrderTotal ?? 0;
        var tax = sfcc.TaxTotal ?? 0;
        if (total == order.Total)
        {
            yield return new("Totals equal", CheckOutcome.Pass, $"{total:0.00} {sfcc.Currency} in both.", null, null);
        }
        else if (total - tax == order.Total - order.Tax || total == order.Total - order.Tax)
        {
            // Only the tax differs. SFCC computes a basket's tax from the site's tax tables; the one API that takes tax from
            // outside (external taxation, taxMode=external) is SCAPI Shopper Baskets, which works in a shopper's SLAS
            // session and cannot attach the order to the generic customer number; OCAPI Shop baskets, which the portal
            // uses as the Business Manager agent the setup guide sets up, have no such mode.
            yield return new("Totals equal", CheckOutcome.Warn,
                $"SFCC total {total:0.00} {sfcc.Currency} differs from TikTok's {order.Total:0.00} only by tax: SFCC computed {tax:0.00} from the site's tax tables, TikTok charged {order.Tax:0.00}. "
                + "The portal cannot hand SFCC TikTok's taxes: it creates orders through OCAPI Shop baskets, which have no external taxation "
                + "(only SCAPI Shopper Baskets do, with taxMode=external, and they work in a shopper's session rather than with the generic customer).",
                order.Tax > 0 && tax == 0
                    ? "Expected when TikTok Shop collects the sales tax as the marketplace. If your accounting needs the tax on the SFCC order, give the site's tax class for these orders the rate TikTok charges (Merchant Tools → Ordering → Taxation)."
                    : "Make the site's tax for these orders match what TikTok charges (Merchant Tools → Ordering → Taxation: the tax class and jurisdiction rates, net taxation), or account for the difference outside SFCC.", null);
        }
        else if (sfcc.ShippingTotal is { } shipping && shipping < order.ShippingFee)
        {
            // The portal sets TikTok's fee with a fixed-price shipping adjustment; an adjustment can lower a method's price
            // but never raise it, so a method cheaper than TikTok's fee keeps its own price.
            yield return new("Totals equal", CheckOutcome.Fail,
                $"SFCC total {total:0.00} differs from TikTok's {order.Total:0.00}: SFCC charged shipping {shipping:0.00} where TikTok charged {order.ShippingFee:0.00}. "
                + $"SFCC lets a price adjustment lower a shipping method's price but never raise it, and method '{sfcc.Shipments?.FirstOrDefault()?.ShippingMethod?.Id}' costs less than TikTok's fee.",
                $"Map this TikTok delivery option to an SFCC shipping method that costs at least {order.ShippingFee:0.00} (the portal then lowers it to TikTok's fee), or raise this method's price in Merchant Tools → Ordering → Shipping Methods.",
                OrderProblems.MappingLink(connectionId, "shipments[0].shipping_method.id"));
        }
        else
        {
            yield return new("Totals equal", CheckOutcome.Fail,
                $"SFCC total {total:0.00} (tax {tax:0.00}) differs from TikTok's {order.Total:0.00} (subtotal {order.Subtotal:0.00}, shipping {order.ShippingFee:0.00}, tax {order.Tax:0.00}, discount {order.Discount:0.00}).",
                "Check the SKUs' prices and the shipping method's cost in SFCC, and the amounts in the payment mapping.", OrderProblems.MappingLink(connectionId, "payment_instruments"));
        }
    }
}
