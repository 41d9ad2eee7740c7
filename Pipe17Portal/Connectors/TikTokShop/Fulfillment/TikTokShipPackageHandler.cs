using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Orders;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Shipping;
using ShippedFulfillment = Pipe17Portal.Domain.Shipping.Fulfillment;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Sends one fulfillment to TikTok Shop (DESIGN §5.6): the carrier mapping names the shipping provider; the TikTok order
/// is read (packages, unit line items, statuses); the package is shipped with the tracking number when the fulfillment
/// covers all of it, else its units are split off into a shipped package of their own. A retry looks first and takes a
/// package already carrying this tracking number as done. The package is read back from the order and kept on the
/// fulfillment. The order reads and whole-package ships go through the connection's batchers, so the concurrent attempts
/// share TikTok calls (the routes are rate-limited per shop); splits stay one call per order.
/// </summary>
public sealed class TikTokShipPackageHandler(
    TikTokShopLink link,
    ConnectionJobs jobs,
    FulfillmentPushSignal signal,
    TikTokOrderDetailBatcher orders,
    TikTokPackageShipBatcher packages,
    IOptions<FulfillmentPushOptions> options,
    TimeProvider clock) : IWorkItemHandler
{
    public WorkItemKind Kind => WorkItemKind.TikTokShipPackage;

    public string System => "TikTok Shop";

    public int MaxConcurrency => options.Value.MaxConcurrency;

    // The runner offers every handler every connection: only TikTok connections with Push fulfillments on are ours.
    public bool IsEnabled(Connection connection) =>
        connection.Kind == ConnectorKind.TikTokShop && TikTokConnectionSettings.Read(connection.SettingsJson).PushFulfillments;

    public async Task WakeAsync(Connection connection, CancellationToken ct)
    {
        if (signal.Raise(connection.Id))
        {
            await jobs.TriggerAsync(JobFlow, connection.Id, ct);
        }
    }

    public string JobFlow => TikTokFulfillmentPushJob.Flow;

    public async Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct)
    {
        var (item, shop, db, _) = attempt;
        var fulfillment = await db.Fulfillments.IgnoreQueryFilters().SingleOrDefaultAsync(f => f.Id == item.DetailId, ct);
        if (fulfillment is null)
        {
            return new WorkResult.Done("The fulfillment is gone (its Salesforce connection was removed); nothing is sent to TikTok Shop.");
        }
        var order = await WorkLookups.OrderWithLines(db, item.SubjectId, ct);
        var settings = TikTokConnectionSettings.Read(shop.SettingsJson);
        var provider = CarrierMatch.Find(settings.CarrierMappings, fulfillment.Carrier, fulfillment.ShippingMethodId);
        if (provider is null)
        {
            var problem = FulfillmentProblems.CarrierNotMapped(shop.Id, fulfillment.Carrier, fulfillment.ShippingMethodId);
            return new WorkResult.Blocked([problem], $"Tracking {fulfillment.TrackingNumber} not sent to TikTok Shop: {problem.Message}");
        }
        var client = await link.ClientAsync(shop, ct, db);

        // 1. The order as TikTok holds it now.
        var read = await orders.GetAsync(shop.Id, client, order.SourceOrderId, ct);
        if (!read.IsSuccess)
        {
            return Fail(item, fulfillment, order.SourceOrderId, read.Error);
        }
        if (read.Data is not { } tiktok)
        {
            return Blocked(FulfillmentProblems.Rejected(shop.Id, $"TikTok Shop has no order {order.SourceOrderId}", null));
        }

        // 2. Look before writing: an earlier attempt may have shipped it and lost the answer.
        if (attempt.MayHaveReachedSystem && tiktok.LineItems.FirstOrDefault(i => i.TrackingNumber == fulfillment.TrackingNumber && i.PackageId is not null) is { } done)
        {
            return await ReadBackAsync(item, client, fulfillment, tiktok.Id, done.PackageId!, "found on TikTok Shop (an earlier attempt shipped it)", ct);
        }
        if (tiktok.Status == "CANCELLED")
        {
            return Blocked(FulfillmentProblems.OrderCanceled(shop.Id, tiktok.Id, null));
        }
        var plan = TikTokPackagePlan.For(tiktok, order.Lines, fulfillment.Lines);
        if (plan.Problem is { } mismatch)
        {
            return Blocked(FulfillmentProblems.Rejected(shop.Id, mismatch, null));
        }
        if (!await attempt.StillWantedAsync(ct))
        {
            return new WorkResult.SwitchedOff();
        }

        // 3. Ship: the whole package, or the fulfilled units split off into a package of their own.
        item.Checkpoint = "shipping:" + fulfillment.TrackingNumber;
        string packageId;
        if (plan.WholePackageId is { } whole)
        {
            var shipped = await packages.ShipAsync(shop.Id, client, new TikTokBatchShipPackage
            {
                Id = whole,
                HandoverMethod = "DROP_OFF",
                SelfShipment = new TikTokSelfShipment(fulfillment.TrackingNumber, provider.ProviderId),
            }, ct);
            if (!shipped.IsSuccess)
            {
                return Fail(item, fulfillment, order.SourceOrderId, shipped.Error);
            }
            packageId = whole;
        }
        else
        {
            var split = await client.MarkPackageAsShippedAsync(tiktok.Id,
                new TikTokMarkPackageAsShippedRequest(fulfillment.TrackingNumber, provider.ProviderId, plan.LineItemIds), ct);
            if (!split.IsSuccess)
            {
                return Fail(item, fulfillment, order.SourceOrderId, split.Error);
            }
            packageId = split.Data.PackageId;
        }
        var how = plan.IsSplit ? $"split off as package {packageId} ({plan.LineItemIds.Count} unit(s))" : $"package {packageId} shipped";
        return await ReadBackAsync(item, client, fulfillment, tiktok.Id, packageId, how, ct);
    }

    /// <summary>
    /// Reads the package back from the order (a fresh, coalesced order read: it joins a call made after the ship) and
    /// keeps what TikTok holds on the fulfillment.
    /// </summary>
    private async Task<WorkResult> ReadBackAsync(
        WorkItem item, TikTokShopClient client, ShippedFulfillment fulfillment, string tiktokOrderId, string packageId, string how, CancellationToken ct)
    {
        fulfillment.ChannelPackageId = packageId;
        var read = await orders.GetAsync(item.ConnectionId, client, tiktokOrderId, ct);
        if (!read.IsSuccess)
        {
            return NotConfirmed(item, read.Error);
        }
        if (read.Data is not { } tiktok || TikTokPackageOnOrder.Find(tiktok, packageId) is not { } package)
        {
            return NotConfirmed(item, new TikTokError(TikTokShopClient.GetOrderDetailEndpoint, null,
                $"order {tiktokOrderId} shows no line item in package {packageId}", read.RequestId, 200, TikTokErrorKind.InvalidResponse));
        }
        fulfillment.ChannelProviderId = package.ShippingProviderId;
        fulfillment.ChannelProviderName = package.ShippingProviderName;
        fulfillment.ChannelTrackingNumber = package.TrackingNumber;
        fulfillment.ChannelPackageStatus = package.PackageStatus;
        fulfillment.ChannelConfirmedAt = clock.GetUtcNow();
        return new WorkResult.Done(
            $"Tracking {package.TrackingNumber} ({package.ShippingProviderName}) on TikTok Shop: {how}, status {package.PackageStatus}.",
            new { package.PackageId, package.PackageStatus, package.TrackingNumber, package.ShippingProviderId, package.ShippingProviderName, package.OrderLineItemIds });
    }

    /// <summary>Shipped, but not confirmed: the next attempt finds the package by its tracking number and reads it again.</summary>
    private static WorkResult.Retry NotConfirmed(WorkItem item, TikTokError error) =>
        new($"Shipped on TikTok Shop, but the package could not be read back: {error.Message}",
            FulfillmentProblems.Unreachable(item.ConnectionId, item.Attempts, error));

    /// <summary>Temporary failures are tried again; TikTok's refusals stop the fulfillment with their cause.</summary>
    private static WorkResult Fail(WorkItem item, ShippedFulfillment fulfillment, string tiktokOrderId, TikTokError error)
    {
        if (FulfillmentProblems.IsTransient(error))
        {
            return new WorkResult.Retry(error.Message, FulfillmentProblems.Unreachable(item.ConnectionId, item.Attempts, error));
        }
        var problem = error switch
        {
            { Code: FulfillmentProblems.PackageFrozenCode } => FulfillmentProblems.PackageFrozen(item.ConnectionId, error),
            { Code: { } code } when FulfillmentProblems.TrackingCodes.Contains(code) => FulfillmentProblems.TrackingRejected(item.ConnectionId, fulfillment.TrackingNumber, error),
            _ when error.Message.Contains("CANCELLED", StringComparison.Ordinal) => FulfillmentProblems.OrderCanceled(item.ConnectionId, tiktokOrderId, error),
            _ => FulfillmentProblems.Rejected(item.ConnectionId, error.Message, error),
        };
        item.Checkpoint = null; // a definite refusal: nothing was shipped
        return Blocked(problem);
    }

    private static WorkResult.Blocked Blocked(OrderProblemInfo problem) => new([problem], $"Not shipped on TikTok Shop: {problem.Message}");
}
