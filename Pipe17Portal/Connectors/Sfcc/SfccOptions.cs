using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Connectors.Sfcc;

/// <summary>Configuration section <c>Sfcc</c>: how often the Salesforce flows run on their own.</summary>
public sealed class SfccOptions
{
    /// <summary>How often a connected instance's catalog is read (it is also read at once on Connect).</summary>
    [Range(5, 1440)]
    public int CatalogPullIntervalMinutes { get; set; } = 60;
}
