using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Members;

public sealed class MembersService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    IEmailDelivery email,
    PortalLinks links,
    TimeProvider clock) : IMembersApi
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<MemberInfo>> ListAsync(CancellationToken ct = default)
    {
        var me = await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.WorkspaceId == me.WorkspaceId).ToListAsync(ct);
        return [.. users.OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase).Select(u => ToInfo(u, me))];
    }

    public async Task<MemberInfo> ChangeRoleAsync(string userId, ChangeRoleRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Administrator, "Changing a member's role");
        var check = new InputCheck();
        var role = check.Role(request.Role);
        check.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = await FindMemberAsync(db, me, userId, ct);
        if (user.Role != role)
        {
            if (user.Role == WorkspaceRole.Administrator)
            {
                await EnsureAnotherAdministratorAsync(db, me, "demoted", ct);
            }
            audit.Record(db, me, "Member role changed", field: "Role", detail: $"{user.Email}: {user.Role} → {role}");
            user.Role = role;
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return ToInfo(user, me);
    }

    public async Task RemoveAsync(string userId, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Administrator, "Removing a member");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = await FindMemberAsync(db, me, userId, ct);
        if (user.Role == WorkspaceRole.Administrator)
        {
            await EnsureAnotherAdministratorAsync(db, me, "removed", ct);
        }
        // A user belongs to one workspace, so leaving it ends the account; its cookie stops working at once
        // because every request looks the member up again.
        db.Users.Remove(user);
        // Their keys go with them: a key must not keep acting for someone who left.
        var now = clock.GetUtcNow();
        var keys = await db.ApiKeys.Where(k => k.CreatedByUserId == user.Id && k.RevokedAt == null).ToListAsync(ct);
        foreach (var key in keys)
        {
            key.RevokedAt = now;
        }
        audit.Record(db, me, "Member removed", field: "Members",
            detail: keys.Count == 0 ? user.Email : $"{user.Email}; {keys.Count} API key(s) they created revoked");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<InvitationInfo>> ListInvitationsAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var pending = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(ct);
        return [.. pending.Select(ToInfo)];
    }

    public async Task<InvitationCreated> InviteAsync(InviteMemberRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Administrator, "Inviting a member");
        var check = new InputCheck();
        var address = check.Email(request.Email);
        var role = check.Role(request.Role);
        check.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = address.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            throw ApiProblemException.Conflict($"{address} already has a Pipe17 Portal account. A person can belong to one workspace; ask them to use another email address.");
        }

        var now = clock.GetUtcNow();
        // A new invitation to the same address replaces the previous one, so only the newest link works.
        await db.Invitations.Where(i => i.Email == address && i.AcceptedAt == null).ExecuteDeleteAsync(ct);
        var token = ApiKeySecrets.NewToken();
        var invitation = new Invitation
        {
            WorkspaceId = me.WorkspaceId,
            Email = address,
            Role = role,
            TokenHash = ApiKeySecrets.Hash(token),
            InvitedBy = me.Actor,
            CreatedAt = now,
            ExpiresAt = now + InvitationLifetime,
        };
        db.Invitations.Add(invitation);
        audit.Record(db, me, "Member invited", field: "Members", detail: $"{address} as {role}");
        await db.SaveChangesAsync(ct);

        var link = links.AcceptInvitation(token);
        var workspace = await db.Workspaces.Where(w => w.Id == me.WorkspaceId).Select(w => w.Name).SingleAsync(ct);
        await email.SendAsync(address, $"You are invited to {workspace} on Pipe17 Portal",
            $"{WebUtility.HtmlEncode(me.DisplayName)} invited you to join <b>{WebUtility.HtmlEncode(workspace)}</b> as {role}. " +
            $"<a href='{WebUtility.HtmlEncode(link)}'>Accept the invitation</a> within {InvitationLifetime.Days} days.", ct);
        return new InvitationCreated(ToInfo(invitation), email.IsConfigured, email.IsConfigured ? null : link);
    }

    public async Task RevokeInvitationAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Administrator, "Revoking an invitation");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null, ct)
            ?? throw ApiProblemException.NotFound("The invitation");
        db.Invitations.Remove(invitation);
        audit.Record(db, me, "Invitation revoked", field: "Members", detail: invitation.Email);
        await db.SaveChangesAsync(ct);
    }

    private static async Task<ApplicationUser> FindMemberAsync(PortalDbContext db, Member me, string userId, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.WorkspaceId == me.WorkspaceId, ct)
            ?? throw ApiProblemException.NotFound("The member");

    private static async Task EnsureAnotherAdministratorAsync(PortalDbContext db, Member me, string change, CancellationToken ct)
    {
        var administrators = await db.Users.CountAsync(u => u.WorkspaceId == me.WorkspaceId && u.Role == WorkspaceRole.Administrator, ct);
        if (administrators <= 1)
        {
            throw ApiProblemException.Conflict(
                $"The last Administrator cannot be {change}: a workspace always needs one. Make another member an Administrator first.");
        }
    }

    private static MemberInfo ToInfo(ApplicationUser user, Member me) =>
        new(user.Id, user.Email ?? user.UserName ?? user.Id, user.Role, user.JoinedAt, user.Id == me.UserId);

    private static InvitationInfo ToInfo(Invitation i) => new(i.Id, i.Email, i.Role, i.InvitedBy, i.CreatedAt, i.ExpiresAt);
}
