using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Products;

/// <summary>
/// A product's settings for one connection. On a Salesforce connection, <see cref="ChannelSku"/> is the SFCC product id
/// orders use instead of the master SKU; TikTok SKUs must equal the master SKU, so TikTok rows have none.
/// </summary>
public sealed class ChannelOption : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public Guid ProductId { get; set; }
    public Guid ConnectionId { get; set; }
    public string? ChannelSku { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
