using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// A sales order as the portal holds it, whatever channel it came from. Every order has exactly one source: the
/// connection it was imported from and that channel's own order id (unique together), so re-imports update it.
/// </summary>
public sealed class Order : IWorkspaceOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid SourceConnectionId { get; set; }
    public required string SourceOrderId { get; set; }
    /// <summary>The channel as the importer named it (e.g. "TikTok Shop"), so downstream flows need not know the connector.</summary>
    public string ChannelName { get; set; } = "";
    /// <summary>A short code of the channel (e.g. "tiktok"), for mapping documents and lookups.</summary>
    public string ChannelCode { get; set; } = "";
    /// <summary>The channel's own status word, as received (e.g. AWAITING_SHIPMENT).</summary>
    public required string SourceStatus { get; set; }
    public OrderStatus Status { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    /// <summary>The channel's last-modified time of the order; imports never go backwards in it.</summary>
    public DateTimeOffset SourceUpdatedAt { get; set; }
    /// <summary>A paid order stays on hold until then, while the buyer may still change or cancel it.</summary>
    public DateTimeOffset? HoldUntil { get; set; }

    public required string Currency { get; set; }
    public decimal Subtotal { get; set; }
    public decimal ShippingFee { get; set; }
    public decimal Tax { get; set; }
    public decimal Discount { get; set; }
    public decimal Total { get; set; }
    public string? PaymentMethod { get; set; }

    public string? ShippingOptionId { get; set; }
    public string? ShippingOptionName { get; set; }
    public ShippingAddress ShippingAddress { get; set; } = new();
    /// <summary>The buyer's relay address or reference as the channel gives it; not a customer identity.</summary>
    public string? BuyerEmail { get; set; }
    public string? BuyerReference { get; set; }
    public string? BuyerCompany { get; set; }
    /// <summary>Whether <see cref="BuyerEmail"/> is the buyer's own address (a customer can be matched on it) or a relay.</summary>
    public bool BuyerEmailIdentifiesBuyer { get; set; }

    public DateTimeOffset? CanceledAt { get; set; }
    public string? CanceledBy { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>The last payload received from the channel, kept whole for "View JSON".</summary>
    public required string SourcePayload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised by every change: an import and a push that both change an order cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderEvent> Events { get; set; } = [];
}
