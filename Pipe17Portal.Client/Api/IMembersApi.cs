using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

public interface IMembersApi
{
    [Get("/api/v1/members")]
    Task<IReadOnlyList<MemberInfo>> ListAsync(CancellationToken ct = default);

    [Put("/api/v1/members/{userId}/role")]
    Task<MemberInfo> ChangeRoleAsync(string userId, [Body] ChangeRoleRequest request, CancellationToken ct = default);

    [Delete("/api/v1/members/{userId}")]
    Task RemoveAsync(string userId, CancellationToken ct = default);

    [Get("/api/v1/invitations")]
    Task<IReadOnlyList<InvitationInfo>> ListInvitationsAsync(CancellationToken ct = default);

    [Post("/api/v1/invitations")]
    Task<InvitationCreated> InviteAsync([Body] InviteMemberRequest request, CancellationToken ct = default);

    [Delete("/api/v1/invitations/{id}")]
    Task RevokeInvitationAsync(Guid id, CancellationToken ct = default);
}
