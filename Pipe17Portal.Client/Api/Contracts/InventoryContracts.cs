namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>A TikTok connection's inventory rules, and the SFCC locations the portal has seen (to choose from).</summary>
public sealed record InventoryRulesView(
    Guid ConnectionId,
    IReadOnlyList<string> CountedLocations,
    int BufferUnits,
    decimal BufferPercent,
    int OutOfStockThreshold,
    IReadOnlyList<string> KnownLocations,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

/// <summary>
/// Empty <paramref name="CountedLocations"/> means every location counts. <paramref name="Version"/> is the one the page read
/// (<see cref="InventoryRulesView.Version"/>): a stale one answers 409 instead of undoing someone else's save (leave it out
/// only to overwrite on purpose; a preview ignores it).
/// </summary>
public sealed record InventoryRulesUpdate(IReadOnlyList<string> CountedLocations, int BufferUnits, decimal BufferPercent, int OutOfStockThreshold, int? Version = null);

/// <summary>What the rules being edited would send for some SKUs, before they are saved.</summary>
public sealed record InventoryPreviewRequest(InventoryRulesUpdate Rules, IReadOnlyList<string> Skus);

public sealed record InventoryLocationLevel(string LocationId, decimal Available, DateTimeOffset ChangedAt);

/// <param name="Known">False when SFCC reported no stock for the SKU (nothing would be sent).</param>
/// <param name="Linked">Whether the SKU is on TikTok with the same seller SKU (only linked SKUs are sent).</param>
public sealed record InventoryPreviewRow(string Sku, bool Known, bool Linked, IReadOnlyList<InventoryLocationLevel> Levels, int WouldSend, int CurrentRulesSend, int? LastPushed);

/// <summary>Why TikTok's quantity differs from what the portal computed.</summary>
public enum InventoryDriftCause
{
    /// <summary>No portal product has the TikTok SKU's seller SKU (or it was removed in Salesforce): nothing is sent for it.</summary>
    UnlinkedSku = 0,
    /// <summary>TikTok refused the last update of the SKU.</summary>
    RejectedUpdate = 1,
    /// <summary>TikTok accepted the portal's quantity, yet shows another: it was changed on TikTok (or by an order there).</summary>
    EditedOnTikTok = 2,
    /// <summary>The new quantity is waiting to be sent.</summary>
    NotYetSent = 3,
}

public sealed record InventoryDrift(
    string Sku,
    string? TikTokProductId,
    string? TikTokSkuId,
    int? TikTokQuantity,
    int? Computed,
    int? LastPushed,
    DateTimeOffset? LastPushedAt,
    InventoryDriftCause Cause,
    string Explanation);

public sealed record InventoryReconciliation(DateTimeOffset CheckedAt, int Compared, IReadOnlyList<InventoryDrift> Drift);

public sealed record InventoryRepushRequest(IReadOnlyList<string> Skus);

public sealed record InventoryRepushResult(int Queued, string Message);

/// <summary>A product's stock per SFCC location and what each channel was sent.</summary>
public sealed record ProductInventory(string Sku, IReadOnlyList<InventoryLocationLevel> Levels, IReadOnlyList<ChannelStockInfo> Channels);

public sealed record ChannelStockInfo(
    Guid ConnectionId,
    string ConnectionName,
    bool Linked,
    int Computed,
    DateTimeOffset? ComputedAt,
    int? Pushed,
    DateTimeOffset? PushedAt,
    DateTimeOffset? PendingSince,
    string? LastError,
    DateTimeOffset? LastErrorAt);
