using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync.Work;

public enum WorkItemKind
{
    /// <summary>Create the order in SFCC (basket → order with a deterministic order number).</summary>
    SfccCreateOrder = 0,
    /// <summary>Set the SFCC order's status to cancelled and confirm it by reading it back.</summary>
    SfccCancelOrder = 1,
    /// <summary>Ship a fulfillment's TikTok package(s) with its tracking number and read the result back. Subject: the fulfillment.</summary>
    TikTokShipPackage = 2,
    /// <summary>Set a TikTok product's SKU quantities (every warehouse of each SKU). Subject: the channel stock row.</summary>
    TikTokUpdateInventory = 3,
}

/// <summary>
/// A durable pending write to an external system (DESIGN §4): survives a crash, is retried with backoff, and is applied
/// at most once because its <see cref="IdempotencyKey"/> is unique per connection and the external write itself is keyed.
/// Whoever works on it first claims it (<see cref="WorkItemClaims"/>): state <see cref="PushState.InProgress"/> with a
/// lease; only the claimer may finish it, and an expired lease (a crash) makes it claimable again.
/// </summary>
public sealed class WorkItem : IWorkspaceOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    /// <summary>The connection the write goes to.</summary>
    public Guid ConnectionId { get; set; }
    public WorkItemKind Kind { get; set; }
    /// <summary>The portal entity the write is about: the order, or for kinds whose handler says so, another entity.</summary>
    public Guid SubjectId { get; set; }
    /// <summary>The part of the subject the write is about when the subject alone does not say (the order's fulfillment).</summary>
    public Guid? DetailId { get; set; }
    /// <summary>Unique per connection, e.g. <c>create:{order id}</c>.</summary>
    public required string IdempotencyKey { get; set; }
    public PushState State { get; set; }
    /// <summary>Attempts started: a claim counts one, so an attempt cut short by a crash still counts (and the next looks first).</summary>
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>How far the last attempt got (e.g. the basket it created), so a retry cleans up and looks before writing.</summary>
    public string? Checkpoint { get; set; }
    /// <summary>Who holds the claim (one value per claim call) while <see cref="PushState.InProgress"/>.</summary>
    public string? LeaseOwner { get; set; }
    /// <summary>Until when the claim holds; after it, another worker may take the item over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
