using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc;
using Pipe17Portal.Sandbox.TikTok;

namespace Pipe17Portal.Sandbox;

public static class SandboxExtensions
{
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Sandbox");
        builder.Services.AddOptions<SandboxOptions>().Bind(section)
            .Validate(o => o.BaseUrlIsUsable(),
                "Sandbox:BaseUrl must be an absolute http(s) address without query or user name, e.g. http://localhost:5080; remove it to use the portal's own address.")
            .Validate(o => o.Limits.AccountsPerHour > 0 && o.Limits.AccountsPerWorkspacePerHour > 0,
                "Sandbox:Limits:AccountsPerHour and Sandbox:Limits:AccountsPerWorkspacePerHour must be at least 1.")
            .ValidateOnStart();
        var options = section.Get<SandboxOptions>() ?? new SandboxOptions();
        // Registered with the sandbox off too: a portal whose sandbox runs in another process sends this token there.
        builder.Services.AddSingleton<SandboxControlToken>();
        if (options.Enabled)
        {
            var connectionString = SqliteConnectionStrings.Prepare(options.ConnectionString, builder.Environment.ContentRootPath);
            // Pooled: the emulators build a context for every call they answer.
            builder.Services.AddDbContextPool<SandboxDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(Data.SqlitePragmas.Instance).SkipModelDiffAtStartup());
            builder.Services.AddSingleton<Accounts.SandboxFaultCounter>();
            builder.AddTikTokEmulator();
            builder.AddSfccEmulator();
        }
        return builder;
    }

    public static async Task MigrateSandboxDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>()?.Value.Enabled == true)
        {
            var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
            await db.Database.MigrateAsync(ct);
            await Data.SqliteJournal.UseWriteAheadLogAsync(db.Database, ct);
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Pipe17Portal.Sandbox")
                .LogInformation("Sandbox is on: emulators and the control API are mounted under /sandbox.");
        }
    }

    /// <summary>Maps nothing at all when the sandbox is off: no /sandbox path exists in production.</summary>
    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Sandbox:Enabled"))
        {
            return app;
        }
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/sandbox/_control"), control => control.UseMiddleware<SandboxControlGuard>());
        var sandbox = app.MapGroup("/sandbox").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        SandboxAccountEndpoints.Map(sandbox.MapGroup("/_control"));
        SandboxFaultEndpoints.Map(sandbox.MapGroup("/_control/accounts"));
        TikTokSandboxExtensions.MapTikTokEmulator(sandbox);
        SfccSandboxExtensions.MapSfccEmulator(sandbox);
        return app;
    }
}
