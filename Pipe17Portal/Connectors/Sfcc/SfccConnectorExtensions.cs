using Pipe17Portal.Client.Api;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;

namespace Pipe17Portal.Connectors.Sfcc;

public static class SfccConnectorExtensions
{
    public static IHostApplicationBuilder AddSfccConnector(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSfccApi();
        builder.Services.AddScoped<SfccConnectChecks>();
        builder.Services.AddScoped<SfccConnectionService>();
        builder.Services.AddScoped<ISfccConnectionApi>(sp => sp.GetRequiredService<SfccConnectionService>());
        builder.Services.AddScoped<Jobs.SfccCatalogPull>();
        builder.Services.AddHostedService<Jobs.SfccFlowsAtStartup>();
        return builder;
    }
}
