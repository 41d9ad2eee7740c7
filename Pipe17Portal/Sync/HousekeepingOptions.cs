using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Sync;

public sealed class HousekeepingOptions
{
    /// <summary>Sync runs older than this many days are deleted.</summary>
    [Range(1, 3650)]
    public int SyncRunRetentionDays { get; set; } = 90;

    /// <summary>Finished work items older than this many days are deleted (the order's timeline keeps their history).</summary>
    [Range(1, 3650)]
    public int WorkItemRetentionDays { get; set; } = 90;

    /// <summary>Audit entries older than this many days are deleted.</summary>
    [Range(1, 3650)]
    public int AuditRetentionDays { get; set; } = 365;

    /// <summary>Quartz cron expression (UTC); default every day at 03:30.</summary>
    [Required]
    public string Schedule { get; set; } = "0 30 3 * * ?";
}
