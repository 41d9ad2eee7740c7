using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// A typed problem that stops an order from reaching a connection (DESIGN §4): what is wrong, the plain cause, the fix and
/// where to make it. At most one open exception per order, connection and type; it resolves itself when a retry succeeds.
/// </summary>
public sealed class OrderException : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid OrderId { get; set; }
    public Guid ConnectionId { get; set; }
    public OrderExceptionType Type { get; set; }
    public required string Message { get; set; }
    public required string Cause { get; set; }
    public required string Fix { get; set; }
    public string? FixLink { get; set; }
    /// <summary>The external system's own error type (e.g. SFCC's fault type), verbatim, when it refused the write.</summary>
    public string? ExternalFaultType { get; set; }
    /// <summary>The external system's own message, verbatim.</summary>
    public string? ExternalMessage { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
