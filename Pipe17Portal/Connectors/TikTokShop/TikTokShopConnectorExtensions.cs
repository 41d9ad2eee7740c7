using Pipe17Portal.Client.Api;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Connectors.TikTokShop.Jobs;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Connectors.TikTokShop.Webhooks;

namespace Pipe17Portal.Connectors.TikTokShop;

public static class TikTokShopConnectorExtensions
{
    public static IHostApplicationBuilder AddTikTokShopConnector(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTikTokShopApi();
        // Sandbox connections call only the sandbox at the address the server knows, whatever their settings say.
        services.AddOptions<TikTokApiOptions>().Configure<Features.Common.SandboxBaseAddress>((o, sandbox) => o.SandboxBase ??= () => sandbox.BaseUri);
        services.AddScoped<ITikTokTokenStore, TikTokTokenStore>();
        services.AddOptions<TikTokOptions>().BindConfiguration("TikTok").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Api.Http.TikTokHttpOptions>().BindConfiguration(Api.Http.TikTokHttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TikTokWebhookOptions>().BindConfiguration(TikTokWebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TikTokShopLink>();
        services.AddScoped<Sync.IConnector>(sp => sp.GetRequiredService<TikTokShopLink>());
        services.AddScoped<Domain.Products.IChannelCatalog, Products.TikTokChannelCatalog>();
        services.AddScoped<Domain.Orders.IChannelDeliveryOptions, Logistics.TikTokDeliveryOptions>();
        services.AddScoped<TikTokAuthorization>();
        services.AddScoped<ITikTokConnectionApi, TikTokConnectionService>();
        services.AddSingleton<OrderBinder>();
        services.AddScoped<TikTokOrderPull>();
        services.AddOptions<Fulfillment.FulfillmentPushOptions>().Bind(builder.Configuration.GetSection(Fulfillment.FulfillmentPushOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Fulfillment.FulfillmentPushSignal>();
        services.AddSingleton<Fulfillment.TikTokOrderDetailBatcher>();
        services.AddSingleton<Fulfillment.TikTokPackageShipBatcher>();
        services.AddScoped<Fulfillment.TikTokFulfillmentQueue>();
        services.AddScoped<Domain.Shipping.IFulfillmentListener>(sp => sp.GetRequiredService<Fulfillment.TikTokFulfillmentQueue>());
        services.AddScoped<Fulfillment.TikTokFulfillmentPush>();
        services.AddScoped<Sync.Work.IWorkItemHandler, Fulfillment.TikTokShipPackageHandler>();
        services.AddScoped<ICarrierMappingApi, Fulfillment.CarrierMappingService>();

        // Inventory to TikTok Shop (DESIGN §5.8): the planner computes and queues, the sync engine's runner drains.
        services.AddSingleton<Inventory.InventoryPushSignal>();
        services.AddScoped<Domain.Inventory.IInventoryChangeListener, Inventory.InventoryPushTrigger>();
        services.AddScoped<Inventory.TikTokSkuIndex>();
        services.AddScoped<Inventory.TikTokInventoryPlanner>();
        services.AddScoped<Sync.Work.IWorkItemHandler, Inventory.TikTokUpdateInventoryHandler>();
        services.AddScoped<Inventory.TikTokInventoryPush>();
        services.AddScoped<IInventoryApi, Inventory.TikTokInventoryService>();

        // Troubleshooting (DESIGN §7): what can go wrong with the shop, and the one-click fix of a switch left off.
        services.AddOptions<Checks.TikTokCheckOptions>().BindConfiguration(Checks.TikTokCheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Troubleshooting.Checks.ICheck, Checks.TikTokConnectionCheck>();
        services.AddScoped<Troubleshooting.Checks.ICheck, Checks.TikTokFlowsCheck>();
        services.AddScoped<Troubleshooting.Checks.ICheck, Checks.TikTokOrdersArrivingCheck>();
        services.AddScoped<Troubleshooting.Checks.ICheck, Checks.CarrierMappingCheck>();
        services.AddScoped<Troubleshooting.Checks.ICheckActionHandler, Checks.TikTokEnableFlowAction>();
        return builder;
    }

    public static WebApplication MapTikTokShopConnector(this WebApplication app)
    {
        TikTokCallbackEndpoint.Map(app);
        TikTokWebhookEndpoint.Map(app);
        return app;
    }
}
