using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.ApiKeys;

public sealed class ApiKeysService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    TimeProvider clock) : IApiKeysApi
{
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await current.RequireAsync(WorkspaceRole.Developer, "Viewing API keys");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        return [.. keys.OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt).Select(ToInfo)];
    }

    public async Task<ApiKeyCreated> CreateAsync(CreateApiKeyRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Creating an API key");
        RequirePerson(me, "create");
        var check = new InputCheck();
        var name = check.Name(request.Name, "name", "Key name");
        var role = check.Role(request.Role);
        if (role > me.Role)
        {
            check.Add("role", $"A key cannot have more rights than its creator: you are a {me.Role}, so choose {me.Role} or lower.");
        }
        check.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var activeNames = await db.ApiKeys.Where(k => k.RevokedAt == null).Select(k => k.Name).ToListAsync(ct);
        if (activeNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiProblemException.Invalid("name", $"An active key named '{name}' already exists. Name keys after what uses them, e.g. 'ERP nightly export'.");
        }

        var secret = ApiKeySecrets.NewApiKey();
        var key = new ApiKey
        {
            WorkspaceId = me.WorkspaceId,
            Name = name,
            Prefix = ApiKeySecrets.DisplayPrefix(secret),
            SecretHash = ApiKeySecrets.Hash(secret),
            Role = role,
            CreatedBy = me.Actor,
            CreatedByUserId = me.UserId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        audit.Record(db, me, "API key created", field: "API keys", detail: $"'{name}' ({role})");
        await db.SaveChangesAsync(ct);
        return new ApiKeyCreated(ToInfo(key), secret);
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Revoking an API key");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw ApiProblemException.NotFound("The API key");
        // After the lookup, so another workspace's key is a plain 404 whoever asks.
        RequirePerson(me, "revoke");
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            audit.Record(db, me, "API key revoked", field: "API keys", detail: $"'{key.Name}'");
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Keys are managed by a person: a key that could mint keys would outlive any revocation, and one that could revoke
    /// keys could lock its owners out.
    /// </summary>
    private static void RequirePerson(Member me, string action)
    {
        if (me.ApiKeyId is not null)
        {
            throw ApiProblemException.Forbidden(
                $"An API key cannot {action} API keys. A Developer or Administrator signed in to the portal does this under Settings → API keys.");
        }
    }

    private static ApiKeyInfo ToInfo(ApiKey k) =>
        new(k.Id, k.Name, k.Prefix, k.Role, k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}
