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

    public IReadOnlyList<string> ScopeList() => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SfccApiClientConfiguration : IEntityTypeConfiguration<SfccApiClient>
{
    public void Configure(EntityTypeBuilder<SfccApiClient> b)
    {
        b.ToTable("SfccApiClients");
        b.HasKey(c => c.ClientId);
        b.HasIndex(c => c.AccountId);
    }
}
