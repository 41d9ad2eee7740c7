using Pipe17Portal.Connectors.TikTokShop.Api.Orders;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// A package as the order detail shows it: TikTok repeats the package's id, status, tracking number and shipping provider
/// on each of its unit line items, so the read-back after shipping needs no Get Package Detail call of its own (pure).
/// </summary>
public sealed record TikTokPackageOnOrder(
    string PackageId, string? PackageStatus, string? TrackingNumber, string? ShippingProviderId, string? ShippingProviderName, IReadOnlyList<string> OrderLineItemIds)
{
    /// <summary>The package's view on the order, or null when no line item of the order is in it.</summary>
    public static TikTokPackageOnOrder? Find(TikTokOrder order, string packageId)
    {
        var items = order.LineItems.Where(i => string.Equals(i.PackageId, packageId, StringComparison.Ordinal)).ToList();
        if (items.Count == 0)
        {
            return null;
        }
        var first = items[0];
        return new(packageId, first.PackageStatus, first.TrackingNumber, first.ShippingProviderId, first.ShippingProviderName, [.. items.Select(i => i.Id)]);
    }
}
