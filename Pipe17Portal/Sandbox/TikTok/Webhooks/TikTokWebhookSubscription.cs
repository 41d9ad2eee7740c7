using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>Where the shop posts one event type (set with PUT /event/202309/webhooks).</summary>
public sealed class TikTokWebhookSubscription
{
    public Guid AccountId { get; set; }
    public required string EventType { get; set; }
    public required string Address { get; set; }
    public long CreateTime { get; set; }
    public long UpdateTime { get; set; }
}

public sealed class TikTokWebhookSubscriptionConfiguration : IEntityTypeConfiguration<TikTokWebhookSubscription>
{
    public void Configure(EntityTypeBuilder<TikTokWebhookSubscription> b)
    {
        b.ToTable("TikTokWebhooks");
        b.HasKey(w => new { w.AccountId, w.EventType });
    }
}
