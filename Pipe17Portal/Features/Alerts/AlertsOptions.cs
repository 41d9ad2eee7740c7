using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Features.Alerts;

/// <summary>Configuration section <c>Alerts</c>: the scan and the defaults of a workspace's alert settings.</summary>
public sealed class AlertsOptions
{
    /// <summary>How often the alerts job scans every workspace (seconds).</summary>
    [Range(10, 3600)]
    public int ScanSeconds { get; set; } = 60;

    /// <summary>Default: new order exceptions within the last hour that raise an alert.</summary>
    [Range(1, 100_000)]
    public int ExceptionsPerHourThreshold { get; set; } = 10;

    /// <summary>Default: an open order that has not changed for this many hours is stuck (statuses below).</summary>
    [Range(1, 24 * 30)]
    public int StuckOrderHours { get; set; } = 4;

    /// <summary>
    /// Fulfillment takes longer than pushing: an order sent to fulfillment (or partly fulfilled) is stuck only after this many
    /// hours without change.
    /// </summary>
    [Range(1, 24 * 60)]
    public int StuckInFulfillmentHours { get; set; } = 72;

    /// <summary>Default: warn this many days before a TikTok authorization or a Salesforce password expires.</summary>
    [Range(1, 90)]
    public int ExpiryWarningDays { get; set; } = 7;

    /// <summary>
    /// Business Manager passwords expire under Salesforce's default password policy after this many days; the portal
    /// counts from when the password was saved. 0 turns the estimate off (e.g. a policy without expiry).
    /// </summary>
    [Range(0, 3650)]
    public int SfccPasswordLifetimeDays { get; set; } = 90;

    /// <summary>A resolved notification this recent (or still unread) takes a repeat as another occurrence instead of a new row.</summary>
    [Range(1, 24 * 30)]
    public int FoldWindowHours { get; set; } = 24;

    /// <summary>Administrators get at most one email per fold key within this many minutes.</summary>
    [Range(1, 24 * 60)]
    public int EmailIntervalMinutes { get; set; } = 60;
}
