using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Tests.Domain.Orders;

public class OrderStatusRulesTests
{
    [Theory]
    [InlineData(OrderStatus.ReadyForFulfillment, OrderStatus.SentToFulfillment, OrderStatus.SentToFulfillment)]
    [InlineData(OrderStatus.OnHold, OrderStatus.SentToFulfillment, OrderStatus.SentToFulfillment)]
    [InlineData(OrderStatus.SentToFulfillment, OrderStatus.PartialFulfillment, OrderStatus.PartialFulfillment)]
    [InlineData(OrderStatus.PartialFulfillment, OrderStatus.Fulfilled, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.Fulfilled, OrderStatus.SentToFulfillment, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.Fulfilled, OrderStatus.PartialFulfillment, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.PartialFulfillment, OrderStatus.SentToFulfillment, OrderStatus.PartialFulfillment)]
    [InlineData(OrderStatus.Canceled, OrderStatus.Fulfilled, OrderStatus.Canceled)]
    [InlineData(OrderStatus.Canceled, OrderStatus.SentToFulfillment, OrderStatus.Canceled)]
    public void TheFulfillmentSideOnlyMovesAnOrderForward(OrderStatus current, OrderStatus reached, OrderStatus expected) =>
        Assert.Equal(expected, OrderStatusRules.Advance(current, reached));

    [Theory]
    [InlineData(OrderStatus.Fulfilled, OrderStatus.ReadyForFulfillment, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.Fulfilled, OrderStatus.PartialFulfillment, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.PartialFulfillment, OrderStatus.ReadyForFulfillment, OrderStatus.PartialFulfillment)]
    [InlineData(OrderStatus.PartialFulfillment, OrderStatus.Fulfilled, OrderStatus.Fulfilled)]
    [InlineData(OrderStatus.Fulfilled, OrderStatus.Canceled, OrderStatus.Canceled)]
    public void AReimportDoesNotUndoAFulfillment(OrderStatus current, OrderStatus incoming, OrderStatus expected) =>
        Assert.Equal(expected, OrderStatusRules.Resolve(current, incoming));
}
