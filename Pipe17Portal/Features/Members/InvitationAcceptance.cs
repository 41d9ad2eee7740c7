using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Members;

/// <summary>Turns a valid invitation link into a member account of the inviting workspace.</summary>
public sealed class InvitationAcceptance(PortalDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public sealed record PendingInvitation(Invitation Invitation, string WorkspaceName);

    /// <summary>The invitation behind a link, or why the link no longer works.</summary>
    public async Task<(PendingInvitation? Pending, string? Problem)> FindAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (null, "This invitation link is incomplete. Open the link from the invitation email again, or ask your Administrator for a new one.");
        }
        var hash = ApiKeySecrets.Hash(token);
        // The link itself proves which workspace it belongs to; nobody is signed in yet.
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            return (null, "This invitation link is not valid: it was revoked or replaced by a newer invitation. Ask your Administrator to invite you again.");
        }
        if (invitation.AcceptedAt is not null)
        {
            return (null, "This invitation was already accepted. Sign in with the email address it was sent to.");
        }
        if (invitation.ExpiresAt <= clock.GetUtcNow())
        {
            return (null, $"This invitation expired on {invitation.ExpiresAt:yyyy-MM-dd}. Ask your Administrator to invite you again.");
        }
        var workspace = await db.Workspaces.Where(w => w.Id == invitation.WorkspaceId).Select(w => w.Name).SingleAsync(ct);
        return (new PendingInvitation(invitation, workspace), null);
    }

    public async Task<(ApplicationUser? User, IReadOnlyList<string> Errors)> AcceptAsync(string token, string password, CancellationToken ct = default)
    {
        var (pending, problem) = await FindAsync(token, ct);
        if (pending is null)
        {
            return (null, [problem!]);
        }
        var invitation = pending.Invitation;
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new ApplicationUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true, // the link reached this address
            WorkspaceId = invitation.WorkspaceId,
            Role = invitation.Role,
            JoinedAt = now,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return (null, [.. result.Errors.Select(e => e.Description)]);
        }
        invitation.AcceptedAt = now;
        db.AuditEntries.Add(new Activity.AuditEntry
        {
            WorkspaceId = invitation.WorkspaceId,
            At = now,
            Actor = invitation.Email,
            Action = "Member joined",
            Field = "Members",
            Detail = $"{invitation.Email} as {invitation.Role} (invited by {invitation.InvitedBy})",
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (user, []);
    }
}
