using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Products;

/// <summary>
/// A sellable item as the portal knows it: a master (parent) or one of its variants, identified by its master SKU.
/// Products come from the system of record (SFCC); per-connection facts live in <see cref="ChannelOption"/> rows.
/// </summary>
public sealed class Product : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    /// <summary>The master SKU: exact, case and whitespace included (SKU matching never normalises).</summary>
    public required string Sku { get; set; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public bool IsMaster { get; set; }
    /// <summary>The connection the product was read from, and its id there.</summary>
    public Guid SourceConnectionId { get; set; }
    public required string SourceProductId { get; set; }
    public decimal? Price { get; set; }
    public string? Currency { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When a complete catalog pull no longer found it in SFCC; such a product resolves no SKU.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public List<ChannelOption> ChannelOptions { get; set; } = [];
}
