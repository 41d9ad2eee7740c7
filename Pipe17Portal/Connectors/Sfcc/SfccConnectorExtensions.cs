using Pipe17Portal.Client.Api;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc;

public static class SfccConnectorExtensions
{
    public static IHostApplicationBuilder AddSfccConnector(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSfccApi();
        builder.Services.Configure<Api.SfccApiOptions>(builder.Configuration.GetSection("Sfcc:Api"));
        builder.Services.AddScoped<SfccConnectChecks>();
        builder.Services.AddScoped<SfccConnectionService>();
        builder.Services.AddScoped<ISfccConnectionApi>(sp => sp.GetRequiredService<SfccConnectionService>());
        builder.Services.AddScoped<Jobs.SfccCatalogPull>();
        builder.Services.AddHostedService<Jobs.SfccFlowsAtStartup>();

        // Orders to Salesforce (DESIGN §5.2).
        builder.Services.Configure<OrderPushOptions>(builder.Configuration.GetSection("Sfcc:OrderPush"));
        builder.Services.AddSingleton<OrderPushSignal>();
        builder.Services.AddScoped<IOrderChangeListener, OrderPushTrigger>();
        builder.Services.AddScoped<SfccCustomerMatcher>();
        builder.Services.AddScoped<SfccSkuResolver>();
        builder.Services.AddScoped<SfccOrderPreparer>();
        builder.Services.AddScoped<OrderExceptionBook>();
        builder.Services.AddScoped<SfccOrderPlanner>();
        builder.Services.AddScoped<SfccOrderPusher>();
        builder.Services.AddScoped<SfccOrderCanceller>();
        builder.Services.AddScoped<SfccOrderPushRunner>();
        builder.Services.AddScoped<OrderSyncSettingsService>();
        builder.Services.AddScoped<OrderMappingService>();
        builder.Services.AddScoped<TestOrderService>();
        builder.Services.AddScoped<IOrderPushApi, OrderPushApi>();
        return builder;
    }
}
