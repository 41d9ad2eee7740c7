using System.Text.Json;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// The latest result of one check in a workspace (one row per check, replaced by each run). The Dashboard's summary, the
/// Troubleshooting page's first paint, the support bundle and alerts read these; evidence and fix are stored as JSON.
/// </summary>
public sealed class CheckResultRecord : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public CheckArea Area { get; set; }
    public CheckOutcome Outcome { get; set; }
    public required string Summary { get; set; }
    public string EvidenceJson { get; set; } = "[]";
    public string? FixJson { get; set; }
    public required string HelpSlug { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
    public int DurationMs { get; set; }
    /// <summary>True when the scheduled job produced it (not a merchant's click).</summary>
    public bool Scheduled { get; set; }

    public CheckResultInfo ToInfo() => new(Key, Title, Area, Outcome, Summary,
        JsonSerializer.Deserialize<List<string>>(EvidenceJson, PortalJson.Options) ?? [],
        FixJson is null ? null : JsonSerializer.Deserialize<CheckFix>(FixJson, PortalJson.Options),
        HelpSlug, CheckedAt, DurationMs);

    public void Apply(CheckResultInfo result, bool scheduled)
    {
        Title = result.Title;
        Area = result.Area;
        Outcome = result.Outcome;
        Summary = result.Summary;
        EvidenceJson = JsonSerializer.Serialize(result.Evidence, PortalJson.Options);
        FixJson = result.Fix is null ? null : JsonSerializer.Serialize(result.Fix, PortalJson.Options);
        HelpSlug = result.HelpSlug;
        CheckedAt = result.CheckedAt;
        DurationMs = result.DurationMs;
        Scheduled = scheduled;
    }
}
