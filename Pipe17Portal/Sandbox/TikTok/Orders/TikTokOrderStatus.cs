namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>Order statuses of the 202309 API and the one place that moves an order (and its line items) to a new one.</summary>
public static class TikTokOrderStatus
{
    public const string Unpaid = "UNPAID";
    public const string OnHold = "ON_HOLD";
    public const string AwaitingShipment = "AWAITING_SHIPMENT";
    public const string PartiallyShipping = "PARTIALLY_SHIPPING";
    public const string AwaitingCollection = "AWAITING_COLLECTION";
    public const string InTransit = "IN_TRANSIT";
    public const string Delivered = "DELIVERED";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";

    public static readonly IReadOnlyList<string> All = [Unpaid, OnHold, AwaitingShipment, PartiallyShipping, AwaitingCollection, InTransit, Delivered, Completed, Cancelled];

    /// <summary>What the control API can create directly; later statuses come from paying, shipping or cancelling.</summary>
    public static readonly IReadOnlyList<string> Creatable = [Unpaid, OnHold, AwaitingShipment];

    public static bool CanShip(string status) => status is AwaitingShipment or PartiallyShipping;

    public static void Move(TikTokOrderDocument order, string status, long now)
    {
        order.Status = status;
        order.UpdateTime = now;
        foreach (var line in order.LineItems.Where(l => l.DisplayStatus != Cancelled))
        {
            line.DisplayStatus = status;
        }
    }
}
