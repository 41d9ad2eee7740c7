using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>
/// Faults one emulated system of an account injects into its API calls (PUT /sandbox/_control/accounts/{id}/faults):
/// a share of calls fails with one of the kinds, and every call waits LatencyMs first. One row per system ("tiktok", "sfcc").
/// </summary>
public sealed class SandboxFaultSettings
{
    public Guid AccountId { get; set; }
    public required string System { get; set; }
    public double Rate { get; set; }
    /// <summary>Comma-separated: 429, 500, 503, timeout, expired_token, lost_response (sfcc only).</summary>
    public required string Kinds { get; set; }
    public int LatencyMs { get; set; }

    public IReadOnlyList<string> KindList() => Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SandboxFaultSettingsConfiguration : IEntityTypeConfiguration<SandboxFaultSettings>
{
    public void Configure(EntityTypeBuilder<SandboxFaultSettings> b)
    {
        b.ToTable("Faults");
        b.HasKey(f => new { f.AccountId, f.System });
    }
}
