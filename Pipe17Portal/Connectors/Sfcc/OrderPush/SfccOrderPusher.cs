using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Creates one order in SFCC, exactly once (DESIGN §5.2): look the deterministic order number up before writing on any
/// retry, create the customer if the strategy says so, a basket with customer, shipment, items and the payment
/// instruments from the mapping, TikTok's prices, then <c>PUT /orders/{order_no}</c>. The work item records the basket
/// before the order is asked for, so a crash or a lost answer leads the next attempt to find the order, never to create a
/// second one; abandoned baskets are deleted.
/// </summary>
public sealed class SfccOrderPusher(
    IDbContextFactory<PortalDbContext> dbFactory,
    SfccOrderPreparer preparer,
    OrderExceptionBook exceptions,
    IOptions<OrderPushOptions> options,
    TimeProvider clock,
    ILogger<SfccOrderPusher> logger)
{
    private const string OrderStep = "ordering:";

    public async Task<WorkOutcome> PushAsync(Guid workItemId, SfccClient client, SfccConnectionSettings settings, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.IgnoreQueryFilters().SingleAsync(w => w.Id == workItemId, ct);
        if (item.State == PushState.Done)
        {
            return WorkOutcome.Done;
        }
        var order = await db.Orders.IgnoreQueryFilters().Include(o => o.Lines).SingleAsync(o => o.Id == item.SubjectId, ct);
        var orderNo = SfccOrderNumber.For(order);
        var connectionId = item.ConnectionId;

        try
        {
            // 1. Look before writing: an earlier attempt may have created the order and lost the answer.
            if (item.Attempts > 0 || item.Checkpoint is not null)
            {
                var existing = await client.Shop.GetOrderAsync(orderNo, ct);
                if (existing.IsSuccess)
                {
                    await RecordAsync(db, item, order, existing.Data, settings, "found in Salesforce by its order number (an earlier attempt created it)", ct);
                    return WorkOutcome.Done;
                }
                if (existing.Error.Kind != SfccErrorKind.NotFound)
                {
                    return await FailAsync(db, item, order, existing.Error, null, ct);
                }
                if (item.Checkpoint is { } checkpoint && BasketOf(checkpoint) is { } abandoned)
                {
                    await client.Shop.DeleteBasketAsync(abandoned, ct); // gone already is fine too
                }
                item.Checkpoint = null;
            }
            if (order.Status == OrderStatus.Canceled)
            {
                return await SkipCanceledAsync(db, item, order, ct);
            }

            // 2. Decide everything first; any problem stops the order before SFCC sees it.
            var prepared = await preparer.PrepareAsync(db, connectionId, settings, client, order, null, ct);
            if (!prepared.IsReady)
            {
                return await BlockAsync(db, item, order, prepared.Problems, "Not sent to Salesforce: " + string.Join(" ", prepared.Problems.Select(p => p.Message)), ct);
            }
            var draft = prepared.Draft!;

            // Saved with the first checkpoint: until an order could have been asked for, a crash loses nothing that counts.
            item.Attempts++;
            item.UpdatedAt = clock.GetUtcNow();

            // 3. The customer, when the strategy creates one.
            var customerNo = prepared.Customer.CustomerNo;
            if (prepared.Customer.ToCreate is { } newCustomer)
            {
                var created = await client.Data.CreateCustomerAsync(new OcapiCustomerCreate
                {
                    Credentials = new OcapiCustomerCredentials { Login = newCustomer.Login },
                    Email = newCustomer.Email,
                    FirstName = newCustomer.FirstName,
                    LastName = newCustomer.LastName,
                    CompanyName = newCustomer.Company,
                }, ct: ct);
                if (!created.IsSuccess)
                {
                    return await FailAsync(db, item, order, created.Error, null, ct);
                }
                customerNo = created.Data.CustomerNo;
                OrderTimeline.Add(db, order.Id, clock.GetUtcNow(), $"Created SFCC customer {customerNo} for this order.", created.Data);
            }
            // 4. The basket, in one call: customer, addresses, shipment with its method, items and the payment instruments.
            OrderTimeline.Add(db, order.Id, clock.GetUtcNow(), $"Sending to Salesforce as order {orderNo} (attempt {item.Attempts}).", draft.Document);
            var basket = await client.Shop.CreateBasketAsync(BasketRequest(draft, customerNo), ct);
            if (!basket.IsSuccess)
            {
                if (IsBasketQuota(basket.Error) && customerNo is not null)
                {
                    await DeleteAbandonedBasketsAsync(client, customerNo, ct);
                }
                return await FailAsync(db, item, order, basket.Error, customerNo, ct);
            }
            var basketId = basket.Data.BasketId;

            // 5. TikTok's prices where SFCC's price book differs (fixed-price adjustments as an agent).
            var failure = await SetPricesAsync(client, basket.Data, draft, ct);
            if (failure is not null)
            {
                await client.Shop.DeleteBasketAsync(basketId, ct);
                item.Checkpoint = null;
                return await FailAsync(db, item, order, failure, customerNo, ct);
            }

            // 6. The order, under its deterministic number. From here the outcome may be unknown until looked up.
            item.Checkpoint = OrderStep + basketId;
            await db.SaveChangesAsync(ct);
            var placed = await client.Shop.CreateOrderWithNumberAsync(orderNo, basketId, ct);
            if (placed.IsSuccess)
            {
                await RecordAsync(db, item, order, placed.Data, settings, "created", ct);
                return WorkOutcome.Done;
            }
            if (placed.Error.FaultType == "OrderNoAlreadyInUseException")
            {
                var found = await client.Shop.GetOrderAsync(orderNo, ct);
                if (found.IsSuccess)
                {
                    await client.Shop.DeleteBasketAsync(basketId, ct);
                    await RecordAsync(db, item, order, found.Data, settings, "found in Salesforce by its order number (created by another attempt)", ct);
                    return WorkOutcome.Done;
                }
            }
            if (!OrderProblems.IsTransient(placed.Error))
            {
                // A definite refusal: nothing was created, so the basket is abandoned.
                await client.Shop.DeleteBasketAsync(basketId, ct);
                item.Checkpoint = null;
            }
            return await FailAsync(db, item, order, placed.Error, customerNo, ct);
        }
        catch (SfccCallException e)
        {
            return await FailAsync(db, item, order, e.Error, null, ct);
        }
    }

    private static async Task<SfccError?> SetPricesAsync(SfccClient client, OcapiBasket basket, SfccOrderDraft draft, CancellationToken ct)
    {
        foreach (var item in basket.ProductItems ?? [])
        {
            var wanted = draft.Lines.FirstOrDefault(l => l.ProductId == item.ProductId);
            var unit = item.Quantity == 0 ? 0 : Math.Round((item.PriceAfterItemDiscount ?? item.Price ?? 0) / item.Quantity, 2);
            if (wanted is null || unit == wanted.UnitPrice || item.ItemId is null)
            {
                continue;
            }
            var adjusted = await client.Shop.AddPriceAdjustmentAsync(basket.BasketId,
                new OcapiPriceAdjustmentRequest("product", item.ItemId, new OcapiDiscount("fixed_price", wanted.UnitPrice), null, "TikTok Shop price", null), ct);
            if (!adjusted.IsSuccess)
            {
                return adjusted.Error;
            }
        }
        // The buyer's shipping fee, set on the shipment's shipping item (the line shipping-level adjustments name).
        foreach (var shipping in basket.ShippingItems ?? [])
        {
            if ((shipping.PriceAfterItemDiscount ?? shipping.Price ?? 0) == draft.ShippingPrice || shipping.ItemId is null)
            {
                continue;
            }
            var adjusted = await client.Shop.AddPriceAdjustmentAsync(basket.BasketId,
                new OcapiPriceAdjustmentRequest("shipping", shipping.ItemId, new OcapiDiscount("fixed_price", draft.ShippingPrice), null, "TikTok Shop shipping fee", null), ct);
            if (!adjusted.IsSuccess)
            {
                return adjusted.Error;
            }
        }
        return null;
    }

    private static bool IsBasketQuota(SfccError error) =>
        error.FaultType is "CustomerBasketsQuotaExceededException" || error.ProblemType is "customer-baskets-quota-exceeded";

    /// <summary>
    /// An agent may hold only 4 open baskets per customer, and every TikTok order uses the generic customer: baskets left
    /// behind by attempts whose answer was lost would block every later order, so the ones idle for a while are deleted.
    /// </summary>
    private async Task DeleteAbandonedBasketsAsync(SfccClient client, string customerNo, CancellationToken ct)
    {
        var customer = await client.Data.GetCustomerAsync(customerNo, ct: ct);
        if (customer.Data?.CustomerId is not { } customerId)
        {
            return;
        }
        var baskets = await client.Shop.GetCustomerBasketsAsync(customerId, ct);
        var idleBefore = clock.GetUtcNow() - TimeSpan.FromSeconds(options.Value.AbandonedBasketSeconds);
        foreach (var basket in baskets.Data?.Baskets ?? [])
        {
            var lastModified = basket.Extra?.TryGetValue("last_modified", out var value) == true && value.TryGetDateTimeOffset(out var at) ? at : DateTimeOffset.MinValue;
            if (lastModified <= idleBefore)
            {
                await client.Shop.DeleteBasketAsync(basket.BasketId, ct);
                logger.LogInformation("Deleted abandoned SFCC basket {BasketId} of customer {CustomerNo} (idle since {LastModified}).", basket.BasketId, customerNo, lastModified);
            }
        }
    }

    /// <summary>The draft's basket with the chosen customer and the mapped payment instruments in the same body.</summary>
    private static OcapiBasketRequest BasketRequest(SfccOrderDraft draft, string? customerNo)
    {
        var basket = draft.Basket!;
        var extra = new Dictionary<string, System.Text.Json.JsonElement>(basket.Extra ?? [])
        {
            ["payment_instruments"] = System.Text.Json.JsonSerializer.SerializeToElement(draft.Payments, SfccJson.Ocapi),
        };
        return basket with
        {
            CustomerInfo = (basket.CustomerInfo ?? new OcapiCustomerInfo()) with { CustomerNo = customerNo },
            Extra = extra,
        };
    }

    /// <summary>Links the order, resolves its exceptions and, when set, moves it to sent to fulfillment.</summary>
    private async Task RecordAsync(PortalDbContext db, WorkItem item, Order order, OcapiOrder sfccOrder, SfccConnectionSettings settings, string how, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var orderNo = sfccOrder.OrderNo ?? SfccOrderNumber.For(order);
        var link = await db.ExternalLinks.IgnoreQueryFilters()
            .SingleOrDefaultAsync(l => l.ConnectionId == item.ConnectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == order.Id, ct);
        if (link is null)
        {
            db.ExternalLinks.Add(link = new ExternalLink
            {
                WorkspaceId = order.WorkspaceId,
                ConnectionId = item.ConnectionId,
                EntityType = ExternalLink.OrderEntity,
                LocalId = order.Id,
                ExternalId = orderNo,
                LinkedAt = now,
            });
        }
        link.ExternalStatus = sfccOrder.Status;
        link.UpdatedAt = now;
        item.State = PushState.Done;
        item.Checkpoint = null;
        item.LastError = null;
        item.CompletedAt = now;
        item.UpdatedAt = now;
        var resolved = await exceptions.ResolveAllAsync(db, order.Id, item.ConnectionId, ct);
        OrderTimeline.Add(db, order.Id, now,
            $"Salesforce order {orderNo} {how}: status {sfccOrder.Status}, total {sfccOrder.OrderTotal:0.00} {sfccOrder.Currency}." + (resolved > 0 ? $" {resolved} exception(s) resolved." : ""),
            sfccOrder);
        if (settings.MarkSentToFulfillment && order.Status == OrderStatus.ReadyForFulfillment)
        {
            order.Status = OrderStatus.SentToFulfillment;
            order.UpdatedAt = now;
            db.Add(new OrderEvent { OrderId = order.Id, At = now, Kind = "Status changed", Message = $"Ready for fulfillment → Sent to fulfillment: created in Salesforce as {orderNo}." });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await LinkedElsewhereAsync(item, order.Id, ct))
            {
                throw;
            }
            // A concurrent attempt (Test one order beside the job) recorded the same SFCC order first: the outcome stands.
            logger.LogInformation("Order {OrderId} was linked to {OrderNo} by a concurrent attempt.", order.Id, orderNo);
        }
    }

    private async Task<bool> LinkedElsewhereAsync(WorkItem item, Guid orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = await db.ExternalLinks.IgnoreQueryFilters().AnyAsync(l => l.ConnectionId == item.ConnectionId && l.EntityType == ExternalLink.OrderEntity && l.LocalId == orderId, ct);
        if (linked)
        {
            var stored = await db.WorkItems.IgnoreQueryFilters().SingleAsync(w => w.Id == item.Id, ct);
            stored.State = PushState.Done;
            stored.Checkpoint = null;
            stored.CompletedAt ??= clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return linked;
    }

    private async Task<WorkOutcome> SkipCanceledAsync(PortalDbContext db, WorkItem item, Order order, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        item.State = PushState.Done;
        item.Checkpoint = null;
        item.LastError = "Canceled before it was pushed: not sent to Salesforce.";
        item.CompletedAt = now;
        item.UpdatedAt = now;
        await exceptions.ResolveAllAsync(db, order.Id, item.ConnectionId, ct);
        OrderTimeline.Add(db, order.Id, now, "Canceled before it reached Salesforce, so it is not pushed.");
        await db.SaveChangesAsync(ct);
        return WorkOutcome.Done;
    }

    private async Task<WorkOutcome> BlockAsync(PortalDbContext db, WorkItem item, Order order, IReadOnlyList<OrderProblemInfo> problems, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await exceptions.RaiseAsync(db, order, item.ConnectionId, problems, ct);
        item.State = PushState.Blocked;
        item.LastError = message.Length <= 2000 ? message : message[..1999] + "…";
        item.UpdatedAt = now;
        OrderTimeline.Add(db, order.Id, now, message, problems.Select(p => new { p.Type, p.Message, p.SfccFaultType, p.SfccMessage }).ToList());
        await db.SaveChangesAsync(ct);
        return WorkOutcome.Blocked;
    }

    /// <summary>Temporary failures wait for the next attempt (until the budget is spent); refusals become exceptions.</summary>
    private async Task<WorkOutcome> FailAsync(PortalDbContext db, WorkItem item, Order order, SfccError error, string? customerNo, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var budget = options.Value.MaxAttempts;
        if (OrderProblems.IsTransient(error) && item.Attempts < budget)
        {
            item.State = PushState.Pending;
            var delay = options.Value.DelayAfter(Math.Max(1, item.Attempts));
            // A full basket quota clears only once abandoned baskets are old enough to be deleted.
            item.NextAttemptAt = now + (IsBasketQuota(error) ? TimeSpan.FromSeconds(Math.Max(delay.TotalSeconds, options.Value.AbandonedBasketSeconds)) : delay);
            item.LastError = error.ToString();
            item.UpdatedAt = now;
            OrderTimeline.Add(db, order.Id, now, $"Attempt {item.Attempts} did not complete ({error.Message}); trying again at {item.NextAttemptAt:HH:mm:ss} UTC.", error);
            await db.SaveChangesAsync(ct);
            return WorkOutcome.Retry;
        }
        var problem = OrderProblems.IsTransient(error) || error.Kind is SfccErrorKind.Authentication or SfccErrorKind.Forbidden or SfccErrorKind.AddressRefused
            ? OrderProblems.PushFailed(item.ConnectionId, item.Attempts, error)
            : OrderProblems.Rejected(item.ConnectionId, error, customerNo, await ProductLinkAsync(db, order, error, ct));
        return await BlockAsync(db, item, order, [problem], $"Salesforce did not take the order: {error.Message}", ct);
    }

    /// <summary>The order's product that SFCC's message names, to link the exception to its Channel Options.</summary>
    private static async Task<string?> ProductLinkAsync(PortalDbContext db, Order order, SfccError error, CancellationToken ct)
    {
        var skus = order.Lines.Select(l => l.Sku).ToList();
        var products = await db.Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.WorkspaceId == order.WorkspaceId && skus.Contains(p.Sku))
            .Select(p => new { p.Id, p.Sku, p.SourceProductId }).ToListAsync(ct);
        var named = products.FirstOrDefault(p => error.Message.Contains($"'{p.SourceProductId}'", StringComparison.Ordinal) || error.Message.Contains($"'{p.Sku}'", StringComparison.Ordinal));
        return named is null ? "/products" : $"/products/{named.Id}";
    }

    private static string? BasketOf(string checkpoint) =>
        checkpoint.StartsWith(OrderStep, StringComparison.Ordinal) ? checkpoint[OrderStep.Length..] : null;
}
