using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Security;

/// <summary>The caller acting in a workspace: a signed-in user, or an API key with the lower of its role and its creator's current role.</summary>
public sealed record Member(Guid WorkspaceId, string? UserId, Guid? ApiKeyId, string DisplayName, WorkspaceRole Role)
{
    /// <summary>How the audit log names this caller.</summary>
    public string Actor => ApiKeyId is null ? DisplayName : $"API key '{DisplayName}'";
}

/// <summary>
/// Resolves who is calling, once per DI scope, from the HTTP request (API, prerender) or the Blazor circuit's
/// authentication state, and enters the workspace scope so the query filters apply. Roles are read from the
/// database per request, and per call inside a circuit, so a changed role or a removed member takes effect at once.
/// </summary>
public sealed class CurrentMember(
    IHttpContextAccessor http,
    IServiceProvider services,
    IDbContextFactory<PortalDbContext> dbFactory,
    WorkspaceScope scope)
{
    private Member? member;
    private bool actingExplicitly;

    public async Task<Member> RequireAsync(WorkspaceRole minimum = WorkspaceRole.User, string? action = null)
    {
        var current = await FindAsync() ?? throw ApiProblemException.Unauthorized(
            "Sign in, or send a valid API key in the X-Api-Key header.");
        if (current.Role < minimum)
        {
            throw ApiProblemException.Forbidden(
                $"{action ?? "This action"} needs the {minimum} role or higher; you are a {current.Role}. Ask an Administrator of the workspace.");
        }
        return current;
    }

    /// <summary>For operator commands and jobs that act for a known member, without a request or a circuit.</summary>
    public void ActAs(Member acting)
    {
        scope.Enter(acting.WorkspaceId);
        member = acting;
        actingExplicitly = true;
    }

    public async Task<Member?> FindAsync()
    {
        if (actingExplicitly)
        {
            return member;
        }
        if (member is not null && http.HttpContext is not null)
        {
            return member;
        }
        var principal = await GetPrincipalAsync();
        member = principal is null ? null : await ResolveAsync(principal);
        if (member is not null)
        {
            scope.Enter(member.WorkspaceId);
        }
        return member;
    }

    private async Task<ClaimsPrincipal?> GetPrincipalAsync()
    {
        if (http.HttpContext is { } context)
        {
            return context.User;
        }
        // Inside an interactive server circuit there is no HttpContext; the circuit knows the user.
        var state = services.GetService<AuthenticationStateProvider>();
        return state is null ? null : (await state.GetAuthenticationStateAsync()).User;
    }

    private async Task<Member?> ResolveAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        if (ApiKeyClaims.Read(principal) is { } key)
        {
            return key;
        }
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.WorkspaceId, u.Email, u.Role })
            .SingleOrDefaultAsync();
        return user is null ? null : new Member(user.WorkspaceId, userId, null, user.Email ?? userId, user.Role);
    }
}
