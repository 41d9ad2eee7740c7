using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Orders;

/// <summary>
/// The Orders list's query string, bound property by property and turned into the <see cref="OrderQuery"/> contract.
/// Not the record itself: the build-time request delegate generator emits uncompilable code for a record whose
/// constructor takes nullable reference types. Every value is optional; a missing one takes the contract's default.
/// </summary>
public sealed class OrderQueryParameters
{
    public int? Page { get; set; }
    public int? PageSize { get; set; }
    public OrderStatus? Status { get; set; }
    public Guid? ConnectionId { get; set; }
    public DateTimeOffset? PlacedFrom { get; set; }
    public DateTimeOffset? PlacedTo { get; set; }
    public string? Search { get; set; }
    public OrderSort? Sort { get; set; }
    public bool? Descending { get; set; }
    public OrderExceptionType? ExceptionType { get; set; }
    public bool? HasExceptions { get; set; }

    public OrderQuery ToQuery()
    {
        var defaults = new OrderQuery();
        return new OrderQuery(
            Page ?? defaults.Page, PageSize ?? defaults.PageSize, Status, ConnectionId, PlacedFrom, PlacedTo, Search,
            Sort ?? defaults.Sort, Descending ?? defaults.Descending, ExceptionType, HasExceptions);
    }
}
