using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Data;

/// <summary>A person who signs in. Each user is a member of exactly one workspace, with one role.</summary>
public class ApplicationUser : IdentityUser
{
    public Guid WorkspaceId { get; set; }
    public WorkspaceRole Role { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}
