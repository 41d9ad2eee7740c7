using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.ApiKeys;

/// <summary>A workspace API key. The secret is shown once; only its SHA-256 hash is kept.</summary>
public sealed class ApiKey : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the secret, so a merchant can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public WorkspaceRole Role { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>
    /// The member who created the key. The key acts at most at this member's current role, and stops when they leave;
    /// null for keys of an unknown creator (made before creators were recorded and not matched by email), which are refused.
    /// </summary>
    public string? CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
