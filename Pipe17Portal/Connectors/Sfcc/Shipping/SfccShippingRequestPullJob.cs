using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>The "shipping requests from Salesforce" flow of one connection (DESIGN §5.4).</summary>
[DisallowConcurrentExecution]
public sealed class SfccShippingRequestPullJob(SfccShippingRequestPull pull) : IJob
{
    public const string Flow = "sfcc-shipping-request-pull";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await pull.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
