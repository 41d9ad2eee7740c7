using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.TikTokShop.Jobs;

/// <summary>The "TikTok order pull" flow of one connection (DESIGN §5.1); webhooks trigger it early.</summary>
[DisallowConcurrentExecution]
public sealed class TikTokOrderPullJob(TikTokOrderPull pull) : IJob
{
    public const string Flow = "tiktok-order-pull";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var connectionId = Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!);
        await pull.RunAsync(connectionId, ct);
    }
}
