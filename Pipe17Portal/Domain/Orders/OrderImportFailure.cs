using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// A channel order the portal read but could not import (the dead letter of an order pull): its payload as the channel
/// sent it, why it failed, and how often. It stays open, is shown with the order exceptions and is tried again on every
/// run, so an order that fails is never skipped silently; it resolves itself once the order imports.
/// </summary>
public sealed class OrderImportFailure : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    /// <summary>The order's id in the channel, e.g. TikTok's order id.</summary>
    public required string SourceOrderId { get; set; }
    /// <summary>The order as the channel sent it (clipped), or "{}" when it could not even be read.</summary>
    public required string RawJson { get; set; }
    public required string Reason { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
