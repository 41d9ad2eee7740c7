using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.Sfcc.Inventory;

/// <summary>The "SFCC inventory pull" flow of one connection (DESIGN §5.7).</summary>
[DisallowConcurrentExecution]
public sealed class SfccInventoryPullJob(SfccInventoryPull pull) : IJob
{
    public const string Flow = "sfcc-inventory-pull";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await pull.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
