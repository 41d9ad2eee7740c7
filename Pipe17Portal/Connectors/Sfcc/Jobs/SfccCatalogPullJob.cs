using Pipe17Portal.Sync;
using Quartz;

namespace Pipe17Portal.Connectors.Sfcc.Jobs;

/// <summary>The "SFCC catalog pull" flow of one connection (DESIGN §5.3).</summary>
[DisallowConcurrentExecution]
public sealed class SfccCatalogPullJob(SfccCatalogPull pull) : IJob
{
    public const string Flow = "sfcc-catalog-pull";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await pull.RunAsync(Guid.Parse(context.MergedJobDataMap.GetString(SyncJobData.ConnectionId)!), ct);
}
