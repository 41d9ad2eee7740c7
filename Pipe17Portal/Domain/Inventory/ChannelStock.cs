using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Inventory;

/// <summary>
/// What a sales channel (TikTok Shop) should show and last accepted for one SKU (DESIGN §5.8): the quantity computed by
/// the connection's inventory rules, the last one pushed and when, and the last per-SKU failure. One per (channel
/// connection, SKU). <see cref="PendingSince"/> is set while the computed quantity is not yet on the channel.
/// </summary>
public sealed class ChannelStock : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string Sku { get; set; }
    /// <summary>The channel's product and SKU ids, once SKU matching found them.</summary>
    public string? ChannelProductId { get; set; }
    public string? ChannelSkuId { get; set; }
    /// <summary>
    /// Every warehouse the channel stocks the SKU in, comma-separated: TikTok's inventory update must list each of them.
    /// </summary>
    public string? ChannelWarehouseIds { get; set; }
    public int Computed { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public int? Pushed { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    /// <summary>Since when <see cref="Computed"/> differs from what the channel has (null when in step).</summary>
    public DateTimeOffset? PendingSince { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
}
