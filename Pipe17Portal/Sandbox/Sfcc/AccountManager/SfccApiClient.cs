using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// One of an instance's three Account Manager API clients (B2C API client, Shop API client, OCAPI client): its role and the
/// scopes Account Manager (and SLAS, for the Shop API client) may grant it. The secret stays on the sandbox account.
/// </summary>
public sealed class SfccApiClient
{
    public required string ClientId { get; set; }
    public Guid AccountId { get; set; }
    /// <summary>b2c, shop or ocapi.</summary>
    public required string Kind { get; set; }
    public required string Role { get; set; }
    /// <summary>Space-separated, as OAuth writes scopes.</summary>
    public required string Scopes { get; set; }
    /// <summary>Switched off in Account Manager: every token request of the client is refused until it is enabled again.</summary>
    public bool Disabled { get; set; }
    /// <summary>Account Manager's "Default Scopes", space-separated (the guide's Step 1: mail roles tenantFilter profile openId).</summary>
    public string DefaultScopes { get; set; } = SfccApiClientSetup.GuideDefaultScopes;
    /// <summary>How the client proves itself at the token endpoint: client_secret_post (form fields) or client_secret_basic (HTTP Basic).</summary>
    public string TokenEndpointAuthMethod { get; set; } = SfccApiClientSetup.ClientSecretPost;
    /// <summary>Access Token Format: JWT (the guide's choice; the emulator issues nothing else).</summary>
    public string AccessTokenFormat { get; set; } = SfccApiClientSetup.Jwt;

    public IReadOnlyList<string> ScopeList() => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> DefaultScopeList() => DefaultScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SfccApiClientConfiguration : IEntityTypeConfiguration<SfccApiClient>
{
    public void Configure(EntityTypeBuilder<SfccApiClient> b)
    {
        b.ToTable("SfccApiClients");
        b.HasKey(c => c.ClientId);
        b.HasIndex(c => c.AccountId);
        // Rows made before these settings were stored were made as the guide says, so that is what they hold.
        b.Property(c => c.DefaultScopes).HasDefaultValue(SfccApiClientSetup.GuideDefaultScopes);
        b.Property(c => c.TokenEndpointAuthMethod).HasDefaultValue(SfccApiClientSetup.ClientSecretPost);
        b.Property(c => c.AccessTokenFormat).HasDefaultValue(SfccApiClientSetup.Jwt);
    }
}
