using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Security;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Features.Orders;

/// <summary>The order page's shipping section: requests and fulfillments from Salesforce, and each fulfillment's push to the channel.</summary>
public sealed class OrderShippingService(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current) : IOrderShippingApi
{
    public async Task<OrderShipping> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Orders.AnyAsync(o => o.Id == id, ct))
        {
            throw ApiProblemException.NotFound("The order");
        }
        var requests = await db.ShippingRequests.AsNoTracking().Where(r => r.OrderId == id).ToListAsync(ct);
        var fulfillments = await db.Fulfillments.AsNoTracking().Where(f => f.OrderId == id).ToListAsync(ct);
        var pushes = await db.WorkItems.AsNoTracking().Where(w => w.SubjectId == id && w.Kind == WorkItemKind.TikTokShipPackage).ToListAsync(ct);
        return new OrderShipping(
            [.. requests.OrderBy(r => r.SfccOrderNo).ThenBy(r => r.ShipmentNo ?? r.ShipmentId).Select(r => new ShippingRequestInfo(
                r.Id, r.ConnectionId, r.SfccOrderNo, r.ShipmentId, r.ShipmentNo, r.ShippingMethodId, r.Status, r.ExportStatus,
                [.. r.Lines.Select(l => new ShipmentLineInfo(l.Sku, l.Quantity))], r.UpdatedAt))],
            [.. fulfillments.OrderBy(f => f.ShippedAt).ThenBy(f => f.CreatedAt).Select(f =>
            {
                var push = pushes.Where(w => w.DetailId == f.Id).OrderByDescending(w => w.UpdatedAt).FirstOrDefault();
                return new FulfillmentInfo(f.Id, f.ConnectionId, f.SfccOrderNo, f.ShipmentId, f.ShipmentNo, f.Carrier, f.ShippingMethodId, f.TrackingNumber,
                    [.. f.Lines.Select(l => new ShipmentLineInfo(l.Sku, l.Quantity))], f.ShippedAt,
                    f.ChannelPackageId, f.ChannelProviderName, f.ChannelTrackingNumber, f.ChannelPackageStatus, f.ChannelConfirmedAt,
                    push?.State, push?.Attempts ?? 0, push?.State == PushState.Done ? null : push?.LastError);
            })]);
    }
}
