using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Members;

public sealed class MembersEndpoints : IEndpointGroup
{
    public static string Prefix => "/members";
    public static string Tag => "Members";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IMembersApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("List the workspace's members");
        group.MapPut("/{userId}/role", (string userId, ChangeRoleRequest request, IMembersApi api, CancellationToken ct) =>
                api.ChangeRoleAsync(userId, request, ct))
            .WithSummary("Change a member's role (Administrator)");
        group.MapDelete("/{userId}", async (string userId, IMembersApi api, CancellationToken ct) =>
            {
                await api.RemoveAsync(userId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a member (Administrator)");
    }
}

public sealed class InvitationsEndpoints : IEndpointGroup
{
    public static string Prefix => "/invitations";
    public static string Tag => "Members";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IMembersApi api, CancellationToken ct) => api.ListInvitationsAsync(ct))
            .WithSummary("List pending invitations");
        group.MapPost("/", async (InviteMemberRequest request, IMembersApi api, CancellationToken ct) =>
            {
                var created = await api.InviteAsync(request, ct);
                return TypedResults.Created($"/api/v1/invitations/{created.Invitation.Id}", created);
            })
            .WithSummary("Invite a member by email (Administrator)");
        group.MapDelete("/{id:guid}", async (Guid id, IMembersApi api, CancellationToken ct) =>
            {
                await api.RevokeInvitationAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke a pending invitation (Administrator)");
    }
}
