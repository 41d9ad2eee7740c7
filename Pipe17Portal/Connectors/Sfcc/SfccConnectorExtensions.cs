using Pipe17Portal.Client.Api;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc;

public static class SfccConnectorExtensions
{
    public static IHostApplicationBuilder AddSfccConnector(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSfccApi();
        services.AddSingleton<Api.Auth.ISfccCredentialRefusals, SfccCredentialRefusals>();
        services.Configure<SfccApiOptions>(builder.Configuration.GetSection("Sfcc:Api"));
        // Sandbox connections call only the sandbox at the address the server knows, whatever their settings say.
        services.AddOptions<SfccApiOptions>().Configure<Features.Common.SandboxBaseAddress>((o, sandbox) => o.SandboxBase ??= () => sandbox.BaseUri);
        services.AddOptions<SfccOptions>().BindConfiguration("Sfcc").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SfccLink>();
        services.AddScoped<IConnector>(sp => sp.GetRequiredService<SfccLink>());
        services.AddScoped<Credentials.SfccCredentialTester>();
        services.AddScoped<SfccConnectChecks>();
        services.AddScoped<SfccConnectionService>();
        services.AddScoped<ISfccConnectionApi>(sp => sp.GetRequiredService<SfccConnectionService>());
        services.AddScoped<Jobs.SfccCatalogPull>();
        services.Configure<Shipping.ShippingPullOptions>(builder.Configuration.GetSection(Shipping.ShippingPullOptions.Section));
        services.AddScoped<Shipping.SfccOrderFeed>();
        services.AddScoped<Shipping.SfccLinkedOrders>();
        services.AddScoped<Shipping.SfccShippingRequestPull>();
        services.AddScoped<Shipping.SfccFulfillmentPull>();

        // Inventory from Salesforce (DESIGN §5.7): OCI availability into inventory levels, full read then the change feed.
        services.AddScoped<Inventory.InventoryLevelWriter>();
        services.AddScoped<Inventory.SfccInventoryPull>();

        // Orders to Salesforce (DESIGN §5.2): the planner queues work items, the sync engine's runner drains them through these handlers.
        services.AddOptions<OrderPushOptions>().BindConfiguration("Sfcc:OrderPush").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrderPushSignal>();
        services.AddScoped<IOrderChangeListener, OrderPushTrigger>();
        services.AddScoped<SfccCustomerMatcher>();
        services.AddScoped<SfccSkuResolver>();
        services.AddScoped<SfccOrderPreparer>();
        services.AddScoped<SfccOrderPlanner>();
        services.AddScoped<SfccSession>();
        services.AddSingleton<SfccBasketSlots>();
        services.AddScoped<IWorkItemHandler, SfccCreateOrderHandler>();
        services.AddScoped<IWorkItemHandler, SfccCancelOrderHandler>();
        services.AddScoped<SfccOrderPush>();
        services.AddScoped<OrderSyncSettingsService>();
        services.AddScoped<OrderMappingService>();
        services.AddScoped<ShippingOptionChoices>();
        services.AddScoped<SfccMethodsReader>();
        services.AddScoped<SfccLearnedFactsStore>();
        services.AddScoped<TestOrderService>();
        services.AddScoped<IOrderPushApi, OrderPushApi>();
        Checks.SfccOrderChecksExtensions.AddSfccOrderChecks(services);

        // Troubleshooting (DESIGN §7): the Salesforce connection's checks and the one-click fix that turns a pull on.
        services.AddScoped<Checks.SfccCheckConnections>();
        services.AddScoped<Checks.SfccFlowCheckParts>();
        services.AddScoped<ICheck, Checks.SfccConnectionStatusCheck>();
        services.AddScoped<ICheck, Checks.SfccSettingsCheck>();
        services.AddScoped<ICheck, Checks.SfccB2cClientCheck>();
        services.AddScoped<ICheck, Checks.SfccShopClientCheck>();
        services.AddScoped<ICheck, Checks.SfccOcapiClientCheck>();
        services.AddScoped<ICheck, Checks.SfccBmUserCheck>();
        services.AddScoped<ICheck, Checks.SfccSiteCheck>();
        services.AddScoped<ICheck, Checks.SfccOcapiResourcesCheck>();
        services.AddScoped<ICheck, Checks.SfccCatalogFlowCheck>();
        services.AddScoped<ICheck, Checks.SfccInventoryFlowCheck>();
        services.AddScoped<ICheck, Checks.SfccFulfillmentFlowCheck>();
        services.AddScoped<ICheckActionHandler, Checks.SfccEnableFlowAction>();
        return builder;
    }
}
