namespace Pipe17Portal.Client.Api.Contracts;

public sealed record ApiKeyInfo(
    Guid Id,
    string Name,
    string Prefix,
    WorkspaceRole Role,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}

public sealed record CreateApiKeyRequest(string Name, WorkspaceRole Role);

/// <summary>The secret is shown once, at creation; only its hash is stored.</summary>
public sealed record ApiKeyCreated(ApiKeyInfo Key, string Secret);
