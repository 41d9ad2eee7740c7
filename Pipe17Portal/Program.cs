using Pipe17Portal.Components;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Features.Support;
using Pipe17Portal.Operations;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;
using Pipe17Portal.Troubleshooting;

var startup = new StartupTimer();
var builder = WebApplication.CreateBuilder(PortalCommands.HostArguments(args));

builder.AddPortalData();
builder.AddPortalSecurity();
builder.AddPortalHostSecurity();
builder.AddPortalEmail();
builder.AddPortalApi();
builder.AddPortalUi();
builder.AddSyncJobs();
builder.AddTikTokShopConnector();
builder.AddSfccConnector();
builder.AddTroubleshooting();
builder.AddAlerts();
builder.AddSupport();
builder.AddSandbox();
builder.AddPortalHealth();

startup.Mark("services");
var app = builder.Build();
startup.Mark("build");

// The portal and sandbox databases are separate files with separate models, so they are migrated side by side, in the
// background while the pipeline and endpoints are set up (building the EF models is most of start-up). Nothing is served
// and no command runs until both are done.
var databases = Task.WhenAll(
    Task.Run(() => app.Services.MigratePortalDatabaseAsync()),
    Task.Run(() => app.Services.MigrateSandboxDatabaseAsync()));

app.UsePortalPipeline();
app.MapPortalHealth();
app.MapPortalApi();
app.MapTikTokShopConnector();
app.MapSandbox();
app.MapPortalUi();
startup.Mark("endpoints");

await databases;
startup.Mark("databases");

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

startup.LogWhenStarted(app);
await app.RunAsync();
return 0;

public partial class Program;
