using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>
/// The SFCC pulls read only orders the portal has linked. An order linked late — found in SFCC by its number after a crash
/// or a lost answer — may have been shipped, or moved on, while it was not linked yet, and the pulls have read past those
/// changes. Linking it moves their cursors back to the order's creation, in the same save as the link, so that their next
/// runs read it again (what they already hold is not recorded twice).
/// </summary>
public static class SfccPullCatchUp
{
    public static async Task RewindAsync(PortalDbContext db, Guid connectionId, DateTimeOffset orderCreatedAt, DateTimeOffset now, CancellationToken ct)
    {
        await SyncCursors.RewindTimeAsync(db, connectionId, SfccFulfillmentPull.Flow, orderCreatedAt, now, ct);
        await SyncCursors.RewindTimeAsync(db, connectionId, SfccShippingRequestPull.Flow, orderCreatedAt, now, ct);
    }
}
