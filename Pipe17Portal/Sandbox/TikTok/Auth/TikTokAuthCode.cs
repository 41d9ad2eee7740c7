using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>The single-use code the consent page hands to the app's redirect URL.</summary>
public sealed class TikTokAuthCode
{
    public required string Code { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

public sealed class TikTokAuthCodeConfiguration : IEntityTypeConfiguration<TikTokAuthCode>
{
    public void Configure(EntityTypeBuilder<TikTokAuthCode> b)
    {
        b.ToTable("TikTokAuthCodes");
        b.HasKey(c => c.Code);
    }
}
