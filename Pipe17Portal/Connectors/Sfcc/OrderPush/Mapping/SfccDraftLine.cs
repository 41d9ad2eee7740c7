namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// One product item of the order as SFCC will hold it. <see cref="UnitPrice"/> is the channel's price of one unit after
/// the line's discount (rounded to cents), which the push sets as a fixed price so SFCC's total matches what the buyer
/// paid instead of SFCC's own price book.
/// </summary>
public sealed record SfccDraftLine(string Sku, string ProductId, int Quantity, decimal UnitPrice);
