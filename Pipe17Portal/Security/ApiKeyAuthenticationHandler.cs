using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Security;

/// <summary>
/// Authenticates `X-Api-Key`: an active key of any workspace whose creator is still a member, acting with the lower of
/// the key's role and its creator's current role (so a demotion lowers the key at once).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Last-used times are written at most this often per key, so busy scripts do not write on every call.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = values.ToString().Trim();
        if (secret.Length == 0)
        {
            return AuthenticateResult.Fail("The X-Api-Key header is empty. Send the key you copied when you created it in Settings → API keys.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var hash = ApiKeySecrets.Hash(secret);
        var key = await db.ApiKeys.IgnoreQueryFilters().SingleOrDefaultAsync(k => k.SecretHash == hash, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid. Check that you copied it whole, or create a new one in Settings → API keys.");
        }
        if (key.RevokedAt is not null)
        {
            return AuthenticateResult.Fail($"The API key '{key.Name}' was revoked on {key.RevokedAt:yyyy-MM-dd HH:mm} UTC. Create a new one in Settings → API keys.");
        }
        var creatorRole = await CreatorRoleAsync(db, key.CreatedByUserId, key.WorkspaceId);
        if (creatorRole is null)
        {
            return AuthenticateResult.Fail($"The API key '{key.Name}' has no creator in the workspace any more, so it no longer acts for anyone. " +
                "Create a new key in Settings → API keys and revoke this one.");
        }

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedPrecision)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var role = key.Role < creatorRole.Value ? key.Role : creatorRole.Value;
        var principal = ApiKeyClaims.Create(key.Id, key.WorkspaceId, key.Name, role, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private async Task<WorkspaceRole?> CreatorRoleAsync(PortalDbContext db, string? userId, Guid workspaceId) =>
        userId is null
            ? null
            : await db.Users.AsNoTracking()
                .Where(u => u.Id == userId && u.WorkspaceId == workspaceId)
                .Select(u => (WorkspaceRole?)u.Role)
                .SingleOrDefaultAsync(Context.RequestAborted);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        await ApiProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not authenticated",
            failure ?? "Sign in, or send a workspace API key in the X-Api-Key header.");
    }
}
