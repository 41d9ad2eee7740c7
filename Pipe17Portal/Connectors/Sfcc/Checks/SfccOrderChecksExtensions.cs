using Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

public static class SfccOrderChecksExtensions
{
    /// <summary>The "Orders to Salesforce" checks (setup guide Steps 4, 6–8 and their troubleshooting items) and their one-click fixes.</summary>
    public static IServiceCollection AddSfccOrderChecks(this IServiceCollection services)
    {
        services.AddScoped<ICheck, OrdersPushEnabledCheck>();
        services.AddScoped<ICheck, OrdersSourceChannelsCheck>();
        services.AddScoped<ICheck, OrdersCustomerCheck>();
        services.AddScoped<ICheck, ShippingMethodMappingCheck>();
        services.AddScoped<ICheck, PaymentMethodMappingCheck>();
        services.AddScoped<ICheck, OrdersCanceledStatusCheck>();
        services.AddScoped<OrderSyncSettingsFix>();
        services.AddScoped<ICheckActionHandler, EnableOrderPushAction>();
        services.AddScoped<ICheckActionHandler, AddSourceChannelAction>();
        services.AddScoped<ICheckActionHandler, AddCanceledStatusAction>();
        return services;
    }
}
