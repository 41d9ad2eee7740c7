using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.TikTokShop.Jobs;

/// <summary>The "TikTok order pull" flow of one connection (DESIGN §5.1); webhooks trigger it early.</summary>
[DisallowConcurrentExecution]
public sealed class TikTokOrderPullJob(TikTokOrderPull pull) : IJob
{
    public const string Flow = "tiktok-order-pull";
    /// <summary>Set when a webhook named the order that changed: that order is read directly, without a search.</summary>
    public const string OrderIdData = "orderId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var connectionId = Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!);
        var orderId = context.Trigger.JobDataMap.GetString(OrderIdData);
        if (orderId is { Length: > 0 })
        {
            await pull.RunForOrdersAsync(connectionId, [orderId], ct);
        }
        else
        {
            await pull.RunAsync(connectionId, ct);
        }
    }
}
