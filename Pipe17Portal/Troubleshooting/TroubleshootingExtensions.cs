using Pipe17Portal.Client.Api;
using Pipe17Portal.Troubleshooting.Checks;
using Pipe17Portal.Troubleshooting.Ask;
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
        // Built by its own constructor: left to DI, the one taking IEnumerable<HelpArticle> would be chosen with no articles.
        services.AddSingleton(_ => new Help.HelpLibrary());
        services.AddScoped<IHelpApi, Help.HelpService>();
        services.AddScoped<ITroubleshootingApi, TroubleshootingService>();
        services.AddScoped<ICheck, OpenExceptionsCheck>();
        services.AddAsk();
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
