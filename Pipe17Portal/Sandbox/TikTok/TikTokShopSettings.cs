using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Sandbox.TikTok.Auth;

namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>The TikTok side of one sandbox account: the app's redirect URL, token lifetime, throttle and granted scopes.</summary>
public sealed class TikTokShopSettings
{
    public Guid AccountId { get; set; }
    public string? RedirectUrl { get; set; }
    public int AccessTokenSeconds { get; set; } = (int)TimeSpan.FromDays(7).TotalSeconds;
    public int RefreshTokenSeconds { get; set; } = (int)TimeSpan.FromDays(365).TotalSeconds;
    /// <summary>Null: the configured `Sandbox:TikTok:RateLimitPerSecond`.</summary>
    public int? RateLimitPerSecond { get; set; }
    public string GrantedScopes { get; set; } = string.Join(',', TikTokScopes.All);
    public required string OpenId { get; set; }
    public DateTimeOffset SeededAt { get; set; }

    public IReadOnlyList<string> Scopes() => GrantedScopes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class TikTokShopSettingsConfiguration : IEntityTypeConfiguration<TikTokShopSettings>
{
    public void Configure(EntityTypeBuilder<TikTokShopSettings> b)
    {
        b.ToTable("TikTokShops");
        b.HasKey(s => s.AccountId);
    }
}
