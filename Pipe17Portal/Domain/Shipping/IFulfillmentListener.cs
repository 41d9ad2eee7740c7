namespace Pipe17Portal.Domain.Shipping;

/// <summary>Told when a pull recorded new fulfillments, so the channels that push them can queue them at once.</summary>
public interface IFulfillmentListener
{
    Task FulfillmentsRecordedAsync(Guid workspaceId, IReadOnlyList<Guid> fulfillmentIds, CancellationToken ct);
}
