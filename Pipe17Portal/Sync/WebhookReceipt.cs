namespace Pipe17Portal.Sync;

/// <summary>A webhook notification already accepted, so a redelivery of the same id is acknowledged and ignored.</summary>
public sealed class WebhookReceipt
{
    public long Id { get; set; }
    public Guid ConnectionId { get; set; }
    public required string NotificationId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
