using Microsoft.Extensions.Options;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Security;

/// <summary>What makes the portal safe to put on the internet: its public address, transport, request limits and rate limits.</summary>
public static class HostSecurityExtensions
{
    public static IHostApplicationBuilder AddPortalHostSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidation>();
        builder.AddTransportSecurity();
        builder.AddRequestLimits();
        builder.AddPortalRateLimits();
        builder.Services.AddHostedService<StartupSecurityWarnings>();
        return builder;
    }
}
