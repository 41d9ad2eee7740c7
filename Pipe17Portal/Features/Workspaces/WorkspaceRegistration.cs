using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Workspaces;

/// <summary>Signing up: a new workspace and its first member, an Administrator, created together or not at all.</summary>
public sealed class WorkspaceRegistration(PortalDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<(ApplicationUser? User, IReadOnlyList<string> Errors)> RegisterAsync(
        string email, string password, string workspaceName, CancellationToken ct = default)
    {
        var name = workspaceName.Trim();
        if (name.Length is 0 or > 100)
        {
            return (null, ["Company or workspace name is required (at most 100 characters)."]);
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var workspace = new Workspace { Name = name, CreatedAt = now };
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync(ct);

        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            WorkspaceId = workspace.Id,
            Role = WorkspaceRole.Administrator,
            JoinedAt = now,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return (null, [.. result.Errors.Select(e => e.Description)]);
        }
        await tx.CommitAsync(ct);
        return (user, []);
    }
}
