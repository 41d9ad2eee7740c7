using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Troubleshooting;

public sealed class TroubleshootingOptions
{
    /// <summary>How often the scheduled job runs every workspace's checks (minutes); the first run is one interval after start.</summary>
    [Range(1, 24 * 60)]
    public int ScheduleMinutes { get; set; } = 60;

    /// <summary>A check still running after this long is recorded as failed (an external system that hangs is itself a finding).</summary>
    [Range(1, 300)]
    public int CheckTimeoutSeconds { get; set; } = 20;

    /// <summary>How many checks of one workspace run at the same time.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;
}
