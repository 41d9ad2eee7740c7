namespace Pipe17Portal.Domain.Orders;

/// <summary>One entry of an order's timeline: imports, status changes, pushes, responses, retries.</summary>
public sealed class OrderEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrderId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    public required string Message { get; set; }
    /// <summary>A request or response body behind the event, secrets removed; shown on demand.</summary>
    public string? Payload { get; set; }
}
