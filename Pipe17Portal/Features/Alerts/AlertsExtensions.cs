using Pipe17Portal.Client.Api;
using Pipe17Portal.Features.Alerts.Detectors;
using Pipe17Portal.Troubleshooting.Checks;
using Quartz;

namespace Pipe17Portal.Features.Alerts;

public static class AlertsExtensions
{
    /// <summary>Notifications (the bell), their detectors and scan job, the scheduled-check listener and the alert email.</summary>
    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AlertsOptions>().BindConfiguration("Alerts").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NotificationBook>();
        services.AddSingleton<AlertSettingsStore>();
        services.AddSingleton<AlertMailer>();
        services.AddScoped<AlertScanner>();
        services.AddScoped<IAlertDetector, ConnectionProblemDetector>();
        services.AddScoped<IAlertDetector, ExceptionRateDetector>();
        services.AddScoped<IAlertDetector, StuckOrdersDetector>();
        services.AddScoped<IAlertDetector, CredentialsExpiryDetector>();
        services.AddScoped<ICheckResultsListener, CheckFailedAlerts>();
        services.AddScoped<INotificationsApi, NotificationsService>();

        var every = TimeSpan.FromSeconds((builder.Configuration.GetSection("Alerts").Get<AlertsOptions>() ?? new()).ScanSeconds);
        services.AddQuartz(q =>
        {
            q.AddJob<AlertsJob>(j => j.WithIdentity(AlertsJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(AlertsJob.Key).WithIdentity("alerts-scan", "system")
                .StartAt(DateTimeOffset.UtcNow + every)
                .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()));
        });
        return builder;
    }
}
