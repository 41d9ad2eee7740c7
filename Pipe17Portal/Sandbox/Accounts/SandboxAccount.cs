using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>One isolated pair of emulated systems, a TikTok shop and an SFCC instance, with their own credentials.</summary>
public sealed class SandboxAccount
{
    public Guid Id { get; set; } = Guid.NewGuid(); // random, not time-ordered: the id is the only key to the account
    public DateTimeOffset CreatedAt { get; set; }

    // TikTok Shop: the app (partner side) and the authorized shop (seller side).
    public required string TikTokAppKey { get; set; }
    public required string TikTokAppSecret { get; set; }
    public required string TikTokServiceId { get; set; }
    public required string TikTokShopId { get; set; }
    public required string TikTokShopCipher { get; set; }
    public required string TikTokShopName { get; set; }
    public required string TikTokShopCode { get; set; }
    public required string TikTokRegion { get; set; }

    // Salesforce B2C Commerce: the instance, its three API clients and the Business Manager user.
    public required string SfccShortCode { get; set; }
    public required string SfccOrganizationId { get; set; }
    public required string SfccSiteId { get; set; }
    public required string SfccB2cClientId { get; set; }
    public required string SfccB2cClientPassword { get; set; }
    public required string SfccShopClientId { get; set; }
    public required string SfccShopClientPassword { get; set; }
    public required string SfccOcapiClientId { get; set; }
    public required string SfccOcapiClientPassword { get; set; }
    public required string SfccBmUser { get; set; }
    public required string SfccBmPassword { get; set; }
}

public sealed class SandboxAccountConfiguration : IEntityTypeConfiguration<SandboxAccount>
{
    public void Configure(EntityTypeBuilder<SandboxAccount> b)
    {
        b.HasIndex(a => a.TikTokAppKey).IsUnique();
        b.HasIndex(a => a.TikTokShopId).IsUnique();
        b.HasIndex(a => a.SfccShortCode).IsUnique();
        b.HasIndex(a => a.SfccOrganizationId).IsUnique();
    }
}
