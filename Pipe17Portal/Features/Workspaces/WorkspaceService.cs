using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Workspaces;

public sealed class WorkspaceService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    IEmailDelivery email,
    IOptions<SandboxOptions> sandbox) : IWorkspaceApi
{
    public async Task<WorkspaceInfo> GetAsync(CancellationToken ct = default)
    {
        var me = await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == me.WorkspaceId, ct);
        return ToInfo(workspace, me);
    }

    public async Task<WorkspaceInfo> RenameAsync(RenameWorkspaceRequest request, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Administrator, "Renaming the workspace");
        var check = new InputCheck();
        var name = check.Name(request.Name, "name", "Workspace name");
        check.ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == me.WorkspaceId, ct);
        if (workspace.Name != name)
        {
            audit.Record(db, me, "Workspace renamed", field: "Name", detail: $"'{workspace.Name}' → '{name}'");
            workspace.Name = name;
            await db.SaveChangesAsync(ct);
        }
        return ToInfo(workspace, me);
    }

    private WorkspaceInfo ToInfo(Workspace workspace, Member me) => new(
        workspace.Id,
        workspace.Name,
        workspace.CreatedAt,
        new CurrentMemberInfo(me.DisplayName, me.Role, me.ApiKeyId is not null),
        email.IsConfigured,
        sandbox.Value.Enabled);
}
