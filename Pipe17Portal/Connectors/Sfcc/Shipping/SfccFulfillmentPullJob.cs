using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>The "fulfillments from Salesforce" flow of one connection (DESIGN §5.5).</summary>
[DisallowConcurrentExecution]
public sealed class SfccFulfillmentPullJob(SfccFulfillmentPull pull) : IJob
{
    public const string Flow = "sfcc-fulfillment-pull";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await pull.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
