namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The workspace at a glance: how far its orders got, and how fresh TikTok's stock is.</summary>
public sealed record DashboardSummary(OrderStages Orders, IReadOnlyList<InventoryFreshness> Inventory);

/// <summary>
/// Orders per stage of their way back and forth, each counted once it reached the stage (so the numbers only shrink from
/// left to right). Canceled orders are counted apart and in no stage.
/// </summary>
public sealed record OrderStages(int Imported, int InSalesforce, int Shipped, int TrackingOnChannel, int Canceled, int WithOpenExceptions);

/// <summary>
/// A TikTok connection's stock freshness: how many SKUs wait for a quantity TikTok does not have yet, and since when the
/// oldest of them waits (null: TikTok is up to date).
/// </summary>
public sealed record InventoryFreshness(Guid ConnectionId, string ConnectionName, bool PushInventory, int SkusTracked, int SkusWaiting,
    DateTimeOffset? OldestWaitingSince, DateTimeOffset? LastPushedAt, int SkusFailing);
