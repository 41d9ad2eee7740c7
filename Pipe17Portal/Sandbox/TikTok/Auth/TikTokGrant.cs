using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>A seller's authorization of the app: the current access token and the refresh token that renews it.</summary>
public sealed class TikTokGrant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AccountId { get; set; }
    public required string AccessToken { get; set; }
    public DateTimeOffset AccessTokenExpiresAt { get; set; }
    public required string RefreshToken { get; set; }
    public DateTimeOffset RefreshTokenExpiresAt { get; set; }
    public required string GrantedScopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> Scopes() => GrantedScopes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class TikTokGrantConfiguration : IEntityTypeConfiguration<TikTokGrant>
{
    public void Configure(EntityTypeBuilder<TikTokGrant> b)
    {
        b.ToTable("TikTokGrants");
        b.HasIndex(g => g.AccessToken).IsUnique();
        b.HasIndex(g => g.RefreshToken).IsUnique();
        b.HasIndex(g => g.AccountId);
    }
}
