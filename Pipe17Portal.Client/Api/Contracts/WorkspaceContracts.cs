namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>What a member may do: Administrator everything, Developer settings/mappings/API keys, User read, retry and test orders.</summary>
public enum WorkspaceRole
{
    User = 0,
    Developer = 1,
    Administrator = 2,
}

public sealed record WorkspaceInfo(Guid Id, string Name, DateTimeOffset CreatedAt, CurrentMemberInfo Me, bool EmailDeliveryConfigured, bool SandboxEnabled);

/// <summary>Who is calling: a signed-in member, or an API key acting with the role it was created with.</summary>
public sealed record CurrentMemberInfo(string DisplayName, WorkspaceRole Role, bool IsApiKey)
{
    public bool CanManageSettings => Role >= WorkspaceRole.Developer;
    public bool CanManageMembers => Role == WorkspaceRole.Administrator;
}

public sealed record RenameWorkspaceRequest(string Name);

public sealed record MemberInfo(string UserId, string Email, WorkspaceRole Role, DateTimeOffset JoinedAt, bool IsYou);

public sealed record ChangeRoleRequest(WorkspaceRole Role);

public sealed record InvitationInfo(Guid Id, string Email, WorkspaceRole Role, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record InviteMemberRequest(string Email, WorkspaceRole Role);

/// <summary>The accept link is returned only when no email delivery is configured, so an Administrator can pass it on.</summary>
public sealed record InvitationCreated(InvitationInfo Invitation, bool EmailSent, string? AcceptLink);
