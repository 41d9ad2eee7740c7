using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// The SFCC order number of a portal order: derived from the channel's order id alone, so every attempt — after a crash, a
/// timeout or a lost answer — asks SFCC for the same number and can find the order an earlier attempt created.
/// </summary>
public static class SfccOrderNumber
{
    public const string Prefix = "TT";

    public static string For(Order order) => For(order.SourceOrderId);

    public static string For(string sourceOrderId) => Prefix + sourceOrderId;
}
