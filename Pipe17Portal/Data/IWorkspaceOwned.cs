namespace Pipe17Portal.Data;

/// <summary>A row that belongs to one merchant. <see cref="PortalDbContext"/> filters every query by it.</summary>
public interface IWorkspaceOwned
{
    Guid WorkspaceId { get; set; }
}
