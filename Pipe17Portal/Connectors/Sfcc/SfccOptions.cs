using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.Sfcc;

/// <summary>Configuration section <c>Sfcc</c>: how often the Salesforce flows run on their own.</summary>
public sealed class SfccOptions
{
    /// <summary>How often a connected instance's catalog is read (it is also read at once on Connect).</summary>
    [Range(5, 1440)]
    public int CatalogPullIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// How often OCI's change feed is read. A read with nothing new is one small call and writes nothing, so a short interval
    /// is cheap; it is what keeps "stock changed in SFCC → quantity on TikTok" within seconds.
    /// </summary>
    [Range(1, 3600)]
    public int InventoryPollSeconds { get; set; } = 2;
}
