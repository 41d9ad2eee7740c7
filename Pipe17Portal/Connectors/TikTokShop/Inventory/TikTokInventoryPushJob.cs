using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.TikTokShop.Inventory;

/// <summary>The "TikTok inventory push" flow of one connection (DESIGN §5.8).</summary>
[DisallowConcurrentExecution]
public sealed class TikTokInventoryPushJob(TikTokInventoryPush push) : IJob
{
    public const string Flow = "tiktok-inventory-push";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await push.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
