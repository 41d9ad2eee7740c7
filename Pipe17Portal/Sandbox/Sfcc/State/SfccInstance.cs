using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>The SFCC side of one sandbox account: the Business Manager user's roles and when the instance was seeded.</summary>
public sealed class SfccInstance
{
    public Guid AccountId { get; set; }
    /// <summary>Comma-separated Business Manager roles of the account's BM user.</summary>
    public string BmRoles { get; set; } = string.Join(',', SfccRoles.DefaultBmRoles);
    public DateTimeOffset SeededAt { get; set; }
    /// <summary>OCAPI settings (BM › Administration › Open Commerce API Settings), type Shop, as JSON.</summary>
    public string ShopSettings { get; set; } = "";
    /// <summary>OCAPI settings, type Data, as JSON.</summary>
    public string DataSettings { get; set; } = "";
    /// <summary>
    /// Site preference (Business Manager › Site Preferences › Baskets): how many open baskets one customer may have; an
    /// agent's <c>POST /baskets</c> beyond it is refused with <c>CustomerBasketsQuotaExceededException</c>.
    /// </summary>
    public int BasketsPerCustomer { get; set; } = DefaultBasketsPerCustomer;

    public const int DefaultBasketsPerCustomer = 4;
    public const int MaxBasketsPerCustomer = 10;

    /// <summary>The last order number handed out; the next is this + 1, written as 8 digits.</summary>
    public long OrderSequence { get; set; }

    public IReadOnlyList<string> BmRoleList() => BmRoles.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SfccInstanceConfiguration : IEntityTypeConfiguration<SfccInstance>
{
    public void Configure(EntityTypeBuilder<SfccInstance> b)
    {
        b.ToTable("SfccInstances");
        b.HasKey(i => i.AccountId);
    }
}
