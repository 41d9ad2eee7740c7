namespace Pipe17Portal.Sync;

/// <summary>
/// The `state` of one authorization round trip: bound to the connection and to the member who started it,
/// single use, short-lived. Only its hash is stored.
/// </summary>
public sealed class OAuthState
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string StateHash { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid ConnectionId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
