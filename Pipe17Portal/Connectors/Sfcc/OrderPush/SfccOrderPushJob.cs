using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>The "SFCC order push" flow of one connection (DESIGN §5.2).</summary>
[DisallowConcurrentExecution]
public sealed class SfccOrderPushJob(SfccOrderPush push) : IJob
{
    public const string Flow = "sfcc-order-push";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await push.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
