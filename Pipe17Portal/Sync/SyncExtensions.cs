using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync.Work;
using Quartz;

namespace Pipe17Portal.Sync;

public static class SyncExtensions
{
    public static IHostApplicationBuilder AddSyncJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HousekeepingOptions>()
            .BindConfiguration("Housekeeping")
            .ValidateDataAnnotations()
            .Validate(o => CronExpression.TryParse(o.Schedule, out _), "Housekeeping:Schedule is not a valid Quartz cron expression (e.g. '0 30 3 * * ?').")
            .ValidateOnStart();
        builder.Services.AddOptions<WorkItemOptions>().BindConfiguration("Sync:WorkItems").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SyncRunRecorder>();
        builder.Services.AddScoped<SyncCursors>();
        builder.Services.AddScoped<WorkItemClaims>();
        builder.Services.AddScoped<WorkItemRunner>();
        builder.Services.AddScoped<OrderExceptionBook>();
        builder.Services.AddScoped<OrderImportFailures>();
        builder.Services.AddScoped<OrderChanges>();
        builder.Services.AddScoped<Pipe17Portal.Domain.Inventory.InventoryChanges>();
        builder.Services.AddHostedService<ConnectorFlowsAtStartup>();
        builder.Services.AddSingleton<ConnectionJobs>();
        builder.Services.AddSingleton<Security.SecretProtector>();
        builder.Services.AddScoped<ConnectionSecrets>();

        var housekeeping = builder.Configuration.GetSection("Housekeeping").Get<HousekeepingOptions>() ?? new HousekeepingOptions();
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key).StoreDurably());
            if (CronExpression.TryParse(housekeeping.Schedule, out _))
            {
                q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-daily", "system")
                    .WithCronSchedule(housekeeping.Schedule, c => c.InTimeZone(TimeZoneInfo.Utc)));
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
