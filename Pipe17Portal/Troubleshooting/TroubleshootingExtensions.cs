using Pipe17Portal.Client.Api;
using Pipe17Portal.Troubleshooting.Checks;
using Quartz;

namespace Pipe17Portal.Troubleshooting;

public static class TroubleshootingExtensions
{
    /// <summary>
    /// The check runner, its API and schedule. The checks themselves are registered by what they check
    /// (<c>AddSfccConnector</c>, <c>AddTikTokShopConnector</c>, and the workspace's own below).
    /// </summary>
    public static IHostApplicationBuilder AddTroubleshooting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TroubleshootingOptions>().BindConfiguration("Troubleshooting").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<Help.HelpLibrary>();
        services.AddScoped<ITroubleshootingApi, TroubleshootingService>();
        services.AddScoped<ICheck, OpenExceptionsCheck>();
        services.AddWorkspaceChecks(builder.Configuration);

        var every = TimeSpan.FromMinutes((builder.Configuration.GetSection("Troubleshooting").Get<TroubleshootingOptions>() ?? new()).ScheduleMinutes);
        services.AddQuartz(q =>
        {
            q.AddJob<TroubleshootingJob>(j => j.WithIdentity(TroubleshootingJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(TroubleshootingJob.Key).WithIdentity("troubleshooting-checks", "system")
                .StartAt(DateTimeOffset.UtcNow + every)
                .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
        });
        return builder;
    }
}
