using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Sync;

/// <summary>A connector instance in a workspace, e.g. the merchant's US TikTok Shop.</summary>
public sealed class Connection : IWorkspaceOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public ConnectorKind Kind { get; set; }
    public required string DisplayName { get; set; }
    public ConnectionStatus Status { get; set; }
    public string? StatusMessage { get; set; }
    /// <summary>The connector's own non-secret settings as JSON (credentials go to <see cref="ConnectionSecret"/>).</summary>
    public string SettingsJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised by every save: a settings change decided from a stale copy is refused instead of reverting another.</summary>
    public int Version { get; set; }
}
