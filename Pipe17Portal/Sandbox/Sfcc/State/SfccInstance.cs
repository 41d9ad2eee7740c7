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

    /// <summary>
    /// Comma-separated ids (without the c_ prefix) of the custom attribute definitions of system object type Order
    /// (Business Manager › Administration › Site Development › System Object Types › Order › Attribute Definitions).
    /// A basket or order carrying a c_ attribute not listed here is refused, as SFCC refuses an undefined property.
    /// </summary>
    public string OrderAttributes { get; set; } = DefaultOrderAttributes;

    /// <summary>What the sandbox defines from the start: the attribute the default order mapping fills (c_tiktokOrderId).</summary>
    public const string DefaultOrderAttributes = "tiktokOrderId";

    /// <summary>The site's tax rate of its one tax class ("standard"), for products and shipping, e.g. 0.0825 for 8.25 %.</summary>
    public decimal TaxRate { get; set; }

    /// <summary>Site preference: "net" (tax added on top of prices, as US sites) or "gross" (prices include tax).</summary>
    public string Taxation { get; set; } = SfccSiteTax.Net;

    public IReadOnlyList<string> BmRoleList() => BmRoles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> OrderAttributeList() => OrderAttributes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SfccInstanceConfiguration : IEntityTypeConfiguration<SfccInstance>
{
    public void Configure(EntityTypeBuilder<SfccInstance> b)
    {
        b.ToTable("SfccInstances");
        b.HasKey(i => i.AccountId);
        // Instances seeded before these were stored get what a new one gets.
        b.Property(i => i.OrderAttributes).HasDefaultValue(SfccInstance.DefaultOrderAttributes);
        b.Property(i => i.Taxation).HasDefaultValue(SfccSiteTax.Net);
        b.Property(i => i.TaxRate).HasConversion<double>();
    }
}
