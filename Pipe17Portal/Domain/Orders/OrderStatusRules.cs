using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Domain.Orders;

public static class OrderStatusRules
{
    /// <summary>
    /// What the order's status becomes when its channel reports <paramref name="incoming"/>. A cancellation always
    /// wins; otherwise an order the portal already sent on to fulfillment does not fall back to an earlier step.
    /// </summary>
    public static OrderStatus Resolve(OrderStatus current, OrderStatus incoming) =>
        incoming == OrderStatus.Canceled || current is not OrderStatus.SentToFulfillment
            ? incoming
            : incoming is OrderStatus.New or OrderStatus.OnHold or OrderStatus.ReadyForFulfillment ? current : incoming;

    public static string Label(OrderStatus status) => status switch
    {
        OrderStatus.New => "New",
        OrderStatus.OnHold => "On hold",
        OrderStatus.ReadyForFulfillment => "Ready for fulfillment",
        OrderStatus.SentToFulfillment => "Sent to fulfillment",
        OrderStatus.PartialFulfillment => "Partially fulfilled",
        OrderStatus.Fulfilled => "Fulfilled",
        OrderStatus.Canceled => "Canceled",
        _ => status.ToString(),
    };
}
