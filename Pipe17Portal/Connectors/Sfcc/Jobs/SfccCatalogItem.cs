namespace Pipe17Portal.Connectors.Sfcc.Jobs;

/// <summary>
/// One product of the SFCC catalog as the pull stores it: a master, an item, or a variant linked to its master by
/// <see cref="MasterId"/>. Built from a search hit, or from a Variant of the variations endpoint (which carries no name).
/// </summary>
public sealed record SfccCatalogItem(string Id, string Name, bool IsMaster, string? MasterId, decimal? Price, string? Currency);
