using Pipe17Portal.Components;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Features;
using Pipe17Portal.Operations;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

var builder = WebApplication.CreateBuilder(PortalCommands.HostArguments(args));

builder.AddPortalData();
builder.AddPortalSecurity();
builder.AddPortalEmail();
builder.AddPortalApi();
builder.AddPortalUi();
builder.AddSyncJobs();
builder.AddTikTokShopConnector();
builder.AddSfccConnector();
builder.AddSandbox();
builder.AddPortalHealth();

var app = builder.Build();

app.UsePortalPipeline();
app.MapPortalHealth();
app.MapPortalApi();
app.MapTikTokShopConnector();
app.MapSandbox();
app.MapPortalUi();

await app.Services.MigratePortalDatabaseAsync();
await app.Services.MigrateSandboxDatabaseAsync();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.RunAsync();
return 0;

public partial class Program;
