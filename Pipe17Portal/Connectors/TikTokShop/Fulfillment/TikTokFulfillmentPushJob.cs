using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>The "fulfillments to TikTok Shop" flow of one shop (DESIGN §5.6).</summary>
[DisallowConcurrentExecution]
public sealed class TikTokFulfillmentPushJob(TikTokFulfillmentPush push) : IJob
{
    public const string Flow = "tiktok-fulfillment-push";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await push.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
