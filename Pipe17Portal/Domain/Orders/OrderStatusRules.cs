using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Domain.Orders;

public static class OrderStatusRules
{
    /// <summary>
    /// What the order's status becomes when its channel reports <paramref name="incoming"/>. A cancellation always
    /// wins; otherwise an order the portal already sent on to fulfillment does not fall back to an earlier step.
    /// </summary>
    public static OrderStatus Resolve(OrderStatus current, OrderStatus incoming) =>
        incoming == OrderStatus.Canceled || Step(current) < Step(OrderStatus.SentToFulfillment) || Step(incoming) >= Step(current)
            ? incoming
            : current;

    /// <summary>
    /// The status after the fulfillment side reports <paramref name="reached"/> (sent to fulfillment, partially fulfilled,
    /// fulfilled): the order only moves forward, and a canceled order stays canceled.
    /// </summary>
    public static OrderStatus Advance(OrderStatus current, OrderStatus reached) =>
        current != OrderStatus.Canceled && Step(reached) > Step(current) ? reached : current;

    /// <summary>The order's progress: new, on hold and ready are the same early step; cancellation is outside the line.</summary>
    private static int Step(OrderStatus status) => status switch
    {
        OrderStatus.New or OrderStatus.OnHold or OrderStatus.ReadyForFulfillment => 0,
        OrderStatus.SentToFulfillment => 1,
        OrderStatus.PartialFulfillment => 2,
        OrderStatus.Fulfilled => 3,
        _ => -1,
    };

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
