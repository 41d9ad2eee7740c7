using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pipe17Portal.Data;

namespace Pipe17Portal.Operations;

public static class HealthExtensions
{
    private const string Ready = "ready";

    public static IHostApplicationBuilder AddPortalHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<PortalDatabaseHealthCheck>("database", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        // Liveness: the process answers. Readiness: the database is reachable and fully migrated.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }
}

public sealed class PortalDatabaseHealthCheck(IDbContextFactory<PortalDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Database.CanConnectAsync(ct))
        {
            return HealthCheckResult.Unhealthy("The portal database cannot be opened; check ConnectionStrings:Portal and the folder's permissions.");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Database reachable and migrated.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}. Restart the portal to apply them.");
    }
}
