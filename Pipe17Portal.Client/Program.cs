using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using MudBlazor.Services;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Layout;

var builder = WebAssemblyHostBuilder.CreateDefault(args);

builder.Services.AddAuthorizationCore();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthenticationStateDeserialization();
builder.Services.AddMudServices(PortalTheme.ConfigureMud);
builder.Services.AddPortalApiClients(new Uri(builder.HostEnvironment.BaseAddress));

await builder.Build().RunAsync();
