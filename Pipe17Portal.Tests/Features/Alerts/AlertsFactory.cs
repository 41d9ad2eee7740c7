using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Alerts;

/// <summary>
/// The portal with a clock the tests move, a mail server that records, and the scheduled scan out of the way (tests run
/// the scan themselves, so a background run cannot race them).
/// </summary>
public class AlertsFactory : PortalFactory
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public RecordingEmailDelivery Email { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alerts:ScanSeconds", "3600");
        builder.UseSetting("Support:Email", "help-desk@pipe17.test");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IEmailDelivery>(Email);
        });
    }

    /// <summary>One workspace's scan, as the job runs it (Quartz builds jobs in a scope, so does this).</summary>
    public async Task ScanAsync(Guid workspaceId)
    {
        await using var scope = Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<AlertsJob>(scope.ServiceProvider).ScanAsync(workspaceId, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="use"/> in a scope acting for the workspace, with its filtered database context.</summary>
    public Task<T> InWorkspaceAsync<T>(Guid workspaceId, Func<PortalDbContext, IServiceProvider, Task<T>> use) => ScopedAsync(async s =>
    {
        s.GetRequiredService<CurrentMember>().ActAs(new Member(workspaceId, null, null, "test", WorkspaceRole.Administrator));
        return await use(s.GetRequiredService<PortalDbContext>(), s);
    });

    public Task<List<Notification>> NotificationsAsync(Guid workspaceId) =>
        InWorkspaceAsync(workspaceId, (db, _) => db.Notifications.AsNoTracking().OrderBy(n => n.FirstSeenAt).ToListAsync());

    public Task<Connection> AddConnectionAsync(Guid workspaceId, ConnectorKind kind, string name, ConnectionStatus status, string? message = null, string settingsJson = "{}") =>
        InWorkspaceAsync(workspaceId, async (db, _) =>
        {
            var connection = new Connection
            {
                WorkspaceId = workspaceId, Kind = kind, DisplayName = name, Status = status, StatusMessage = message, SettingsJson = settingsJson,
                CreatedAt = Clock.Now, UpdatedAt = Clock.Now,
            };
            db.Connections.Add(connection);
            await db.SaveChangesAsync();
            return connection;
        });

    public Task SetStatusAsync(Guid workspaceId, Guid connectionId, ConnectionStatus status, string? message = null) =>
        InWorkspaceAsync(workspaceId, async (db, _) =>
        {
            var connection = await db.Connections.SingleAsync(c => c.Id == connectionId);
            connection.Status = status;
            connection.StatusMessage = message;
            return await db.SaveChangesAsync();
        });

    public Task SetSecretAsync(Guid workspaceId, Connection connection, string name, string value, DateTimeOffset? updatedAt = null) =>
        InWorkspaceAsync(workspaceId, async (db, s) =>
        {
            await s.GetRequiredService<ConnectionSecrets>().SetAsync(db, connection, name, value);
            await db.SaveChangesAsync();
            if (updatedAt is { } at)
            {
                await db.ConnectionSecrets.Where(x => x.ConnectionId == connection.Id && x.Name == name).ExecuteUpdateAsync(u => u.SetProperty(x => x.UpdatedAt, at));
            }
            return 0;
        });
}
