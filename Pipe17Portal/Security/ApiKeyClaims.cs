using System.Security.Claims;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Security;

/// <summary>The claims an authenticated API key carries: which key, which workspace, which role.</summary>
public static class ApiKeyClaims
{
    public const string KeyId = "p17:api_key_id";
    public const string WorkspaceId = "p17:workspace_id";
    public const string Role = "p17:role";

    public static ClaimsPrincipal Create(Guid keyId, Guid workspaceId, string name, WorkspaceRole role, string scheme) =>
        new(new ClaimsIdentity(
        [
            new Claim(KeyId, keyId.ToString()),
            new Claim(WorkspaceId, workspaceId.ToString()),
            new Claim(Role, role.ToString()),
            new Claim(ClaimTypes.Name, name),
        ], scheme));

    public static Member? Read(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(KeyId), out var keyId)
        && Guid.TryParse(principal.FindFirstValue(WorkspaceId), out var workspaceId)
        && Enum.TryParse<WorkspaceRole>(principal.FindFirstValue(Role), out var role)
            ? new Member(workspaceId, null, keyId, principal.FindFirstValue(ClaimTypes.Name) ?? "API key", role)
            : null;
}
