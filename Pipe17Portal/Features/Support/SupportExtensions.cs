using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Features.Support;

public static class SupportExtensions
{
    public static IHostApplicationBuilder AddSupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SupportOptions>().BindConfiguration("Support").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DiagnosticBundleBuilder>();
        builder.Services.AddScoped<ISupportApi, SupportService>();
        return builder;
    }
}
