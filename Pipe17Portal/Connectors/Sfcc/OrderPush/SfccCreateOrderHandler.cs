using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// Creates one order in SFCC, exactly once (DESIGN §5.2): look the deterministic order number up before writing when an
/// earlier attempt may have reached SFCC, create the customer if the strategy says so, a basket with customer, shipment,
/// items and the payment instruments from the mapping, TikTok's prices, then <c>PUT /orders/{order_no}</c>. A crash or a
/// lost answer leads the next attempt to find the order, never to create a second one; abandoned baskets are deleted.
/// </summary>
public sealed class SfccCreateOrderHandler(
    SfccSession sessions,
    SfccOrderPreparer preparer,
    SfccBasketSlots baskets,
    ConnectionJobs jobs,
    IOptions<OrderPushOptions> options,
    TimeProvider clock,
    ILogger<SfccCreateOrderHandler> logger) : SfccOrderWrites(jobs, options, clock)
{
    private const string OrderStep = "ordering:";

    public override WorkItemKind Kind => WorkItemKind.SfccCreateOrder;

    public override async Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct)
    {
        var (item, connection, db, _) = attempt;
        var (settings, client) = await sessions.ForAsync(connection, ct);
        var order = await WorkLookups.OrderWithLines(db, item.SubjectId, ct);
        var orderNo = SfccOrderNumber.For(order);
        try
        {
            // 1. Look before writing: an earlier attempt may have created the order and lost the answer.
            if (attempt.MayHaveReachedSystem)
            {
                var existing = await client.Shop.GetOrderAsync(orderNo, ct);
                if (existing.IsSuccess)
                {
                    return await RecordAsync(attempt, order, existing.Data, settings, "found in Salesforce by its order number (an earlier attempt created it)", recovered: true, ct);
                }
                if (existing.Error.Kind != SfccErrorKind.NotFound)
                {
                    return await FailAsync(attempt, order, existing.Error, null, ct);
                }
                if (item.Checkpoint is { } checkpoint && BasketOf(checkpoint) is { } abandoned)
                {
                    await client.Shop.DeleteBasketAsync(abandoned, ct); // gone already is fine too
                }
                item.Checkpoint = null;
            }
            if (order.Status == OrderStatus.Canceled)
            {
                return new WorkResult.Done("Canceled before it reached Salesforce, so it is not pushed.");
            }

            // 2. Decide everything first; any problem stops the order before SFCC sees it.
            var prepared = await preparer.PrepareAsync(db, connection.Id, settings, client, order, null, ct);
            if (!prepared.IsReady)
            {
                return new WorkResult.Blocked(prepared.Problems, "Not sent to Salesforce: " + string.Join(" ", prepared.Problems.Select(p => p.Message)));
            }
            var draft = prepared.Draft!;

            // From here until the order is placed, a basket counts against SFCC's open-basket limit; the last look at the
            // switch comes after the wait, so an order that waited while Push orders was switched off is not sent.
            using var slot = await baskets.TakeAsync(connection.Id, ct);
            if (!await attempt.StillWantedAsync(ct))
            {
                return new WorkResult.SwitchedOff();
            }

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
                    return await FailAsync(attempt, order, created.Error, null, ct);
                }
                customerNo = created.Data.CustomerNo;
                Timeline(attempt, $"Created SFCC customer {customerNo} for this order.", created.Data);
            }
            // 4. The basket, in one call: customer, addresses, shipment with its method, items and the payment instruments.
            Timeline(attempt, $"Sending to Salesforce as order {orderNo} (attempt {item.Attempts}).", draft.Document);
            var basket = await client.Shop.CreateBasketAsync(BasketRequest(draft, customerNo), ct);
            if (!basket.IsSuccess && IsBasketQuota(basket.Error) && customerNo is not null
                && await DeleteAbandonedBasketsAsync(client, customerNo, ct) > 0)
            {
                // Baskets left behind by lost answers or a restart filled the quota; with them gone, try at once.
                basket = await client.Shop.CreateBasketAsync(BasketRequest(draft, customerNo), ct);
            }
            if (!basket.IsSuccess)
            {
                return await FailAsync(attempt, order, basket.Error, customerNo, ct);
            }
            var basketId = basket.Data.BasketId;
            slot.Hold(basketId);
            if (FeeAboveMethodPrice(basket.Data, draft) is { } shortShipping)
            {
                await client.Shop.DeleteBasketAsync(basketId, ct);
                item.Checkpoint = null;
                var problem = OrderProblems.ShippingFeeAboveMethodPrice(item.ConnectionId, prepared.ShippingMethodId,
                    shortShipping.Price ?? 0, draft.ShippingPrice, basket.Data.Currency ?? order.Currency);
                return new WorkResult.Blocked([problem], "Not sent to Salesforce: " + problem.Message);
            }

            // 5. TikTok's prices where SFCC's price book differs (fixed-price adjustments as an agent).
            var failure = await SetPricesAsync(client, basket.Data, draft, ct);
            if (failure is not null)
            {
                await client.Shop.DeleteBasketAsync(basketId, ct);
                return await FailAsync(attempt, order, failure, customerNo, ct);
            }

            // 6. The order, under its deterministic number. From here the outcome may be unknown until looked up: the claim
            //    already counted this attempt, so any later attempt looks the number up first.
            item.Checkpoint = OrderStep + basketId;
            var placed = await client.Shop.CreateOrderWithNumberAsync(orderNo, basketId, ct);
            slot.Dispose();
            if (placed.IsSuccess)
            {
                return await RecordAsync(attempt, order, placed.Data, settings, "created", recovered: false, ct);
            }
            if (placed.Error.FaultType == "OrderNoAlreadyInUseException")
            {
                var found = await client.Shop.GetOrderAsync(orderNo, ct);
                if (found.IsSuccess)
                {
                    await client.Shop.DeleteBasketAsync(basketId, ct);
                    return await RecordAsync(attempt, order, found.Data, settings, "found in Salesforce by its order number (created by another attempt)", recovered: true, ct);
                }
            }
            if (!OrderProblems.IsTransient(placed.Error))
            {
                // A definite refusal: nothing was created, so the basket is abandoned.
                await client.Shop.DeleteBasketAsync(basketId, ct);
                item.Checkpoint = null;
            }
            return await FailAsync(attempt, order, placed.Error, customerNo, ct);
        }
        catch (SfccCallException e)
        {
            return await FailAsync(attempt, order, e.Error, null, ct);
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

    /// <summary>The basket's shipping item priced below the buyer's fee: an adjustment could not raise it to the fee.</summary>
    private static OcapiShippingItem? FeeAboveMethodPrice(OcapiBasket basket, SfccOrderDraft draft) =>
        basket.ShippingItems?.FirstOrDefault(s => (s.Price ?? 0) < draft.ShippingPrice);

    private static bool IsBasketQuota(SfccError error) =>
        error.FaultType is "CustomerBasketsQuotaExceededException" || error.ProblemType is "customer-baskets-quota-exceeded";

    /// <summary>
    /// An agent may hold only a few open baskets per customer (a site preference, 4 by default), and every TikTok order uses
    /// the generic customer: baskets left behind by attempts whose answer was lost, or by a process that was stopped, would
    /// block every later order. A basket no slot of this process holds and idle for a while is such a leftover (the idle
    /// time spares one another process may be working on); returns how many were deleted.
    /// </summary>
    private async Task<int> DeleteAbandonedBasketsAsync(SfccClient client, string customerNo, CancellationToken ct)
    {
        var customer = await client.Data.GetCustomerAsync(customerNo, ct: ct);
        if (customer.Data?.CustomerId is not { } customerId)
        {
            return 0;
        }
        var open = await client.Shop.GetCustomerBasketsAsync(customerId, ct);
        var idleBefore = Now - TimeSpan.FromSeconds(Options.AbandonedBasketSeconds);
        var deleted = 0;
        foreach (var basket in open.Data?.Baskets ?? [])
        {
            var lastModified = basket.Extra?.TryGetValue("last_modified", out var value) == true && value.TryGetDateTimeOffset(out var at) ? at : DateTimeOffset.MinValue;
            if (lastModified <= idleBefore && !baskets.IsHeld(basket.BasketId) && (await client.Shop.DeleteBasketAsync(basket.BasketId, ct)).IsSuccess)
            {
                deleted++;
                logger.LogInformation("Deleted abandoned SFCC basket {BasketId} of customer {CustomerNo} (idle since {LastModified}).", basket.BasketId, customerNo, lastModified);
            }
        }
        return deleted;
    }

    /// <summary>The draft's basket with the chosen customer and the mapped payment instruments in the same body.</summary>
    private static OcapiBasketRequest BasketRequest(SfccOrderDraft draft, string? customerNo)
    {
        var basket = draft.Basket!;
        var extra = new Dictionary<string, JsonElement>(basket.Extra ?? [])
        {
            ["payment_instruments"] = JsonSerializer.SerializeToElement(draft.Payments, SfccJson.Ocapi),
        };
        return basket with
        {
            CustomerInfo = (basket.CustomerInfo ?? new OcapiCustomerInfo()) with { CustomerNo = customerNo },
            Extra = extra,
        };
    }

    /// <summary>
    /// Links the order and, when set, moves it to sent to fulfillment — only from the status the push started from. An order
    /// <paramref name="recovered"/> (found in SFCC after a crash or a lost answer) may have been shipped before it was linked.
    /// </summary>
    private async Task<WorkResult> RecordAsync(WorkAttempt attempt, Order order, OcapiOrder sfccOrder, SfccConnectionSettings settings, string how, bool recovered, CancellationToken ct)
    {
        var (item, _, db, _) = attempt;
        var now = Now;
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
            if (recovered)
            {
                await Shipping.SfccPullCatchUp.RewindAsync(db, item.ConnectionId, sfccOrder.CreationDate ?? item.CreatedAt, now, ct);
            }
        }
        link.ExternalStatus = sfccOrder.Status;
        link.UpdatedAt = now;
        if (settings.MarkSentToFulfillment)
        {
            // Conditional on the status read now, in the database: a cancellation imported meanwhile is never overwritten.
            var moved = await db.Orders.IgnoreQueryFilters()
                .Where(o => o.Id == order.Id && o.Status == OrderStatus.ReadyForFulfillment)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OrderStatus.SentToFulfillment)
                    .SetProperty(o => o.UpdatedAt, now)
                    .SetProperty(o => o.Version, o => o.Version + 1), ct);
            if (moved == 1)
            {
                OrderTimeline.Add(db, order.Id, now, "Status changed", $"Ready for fulfillment → Sent to fulfillment: created in Salesforce as {orderNo}.");
            }
        }
        return new WorkResult.Done($"Salesforce order {orderNo} {how}: status {sfccOrder.Status}, total {sfccOrder.OrderTotal:0.00} {sfccOrder.Currency}.", Payload(sfccOrder));
    }

    /// <summary>Temporary failures are tried again (the runner keeps the budget); refusals stop the order with their cause.</summary>
    private async Task<WorkResult> FailAsync(WorkAttempt attempt, Order order, SfccError error, string? customerNo, CancellationToken ct)
    {
        var item = attempt.Item;
        if (OrderProblems.IsTransient(error))
        {
            // A full basket quota clears once abandoned baskets are old enough to be deleted: try again then, not after the
            // growing backoff (the soak saw orders wait minutes after the baskets were long cleared).
            var quota = IsBasketQuota(error);
            var notBefore = quota ? TimeSpan.FromSeconds(Options.AbandonedBasketSeconds) : (TimeSpan?)null;
            return new WorkResult.Retry(error.Message, OrderProblems.PushFailed(item.ConnectionId, item.Attempts, error), notBefore, Payload(error))
            {
                SkipBackoff = quota,
            };
        }
        var problem = error.Kind is SfccErrorKind.Authentication or SfccErrorKind.Forbidden or SfccErrorKind.AddressRefused
            ? OrderProblems.PushFailed(item.ConnectionId, item.Attempts, error)
            : OrderProblems.Rejected(item.ConnectionId, error, customerNo, await ProductLinkAsync(attempt.Db, order, error, ct));
        return new WorkResult.Blocked([problem], $"Salesforce did not take the order: {error.Message}");
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
