namespace Pipe17Portal.Troubleshooting.Checks;

public static class WorkspaceChecksExtensions
{
    /// <summary>Checks over the workspace's own data across connectors (SKUs, Channel SKUs, stuck orders) and the SKU fix.</summary>
    public static IServiceCollection AddWorkspaceChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StuckOrderOptions>().Bind(configuration.GetSection(StuckOrderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ICheck, SkuMatchCheck>();
        services.AddScoped<ICheck, ChannelSkusCheck>();
        services.AddScoped<ICheck, StuckOrdersCheck>();
        services.AddScoped<ICheckActionHandler, AdoptSkuAction>();
        return services;
    }
}
