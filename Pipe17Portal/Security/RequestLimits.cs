using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Security;

/// <summary>Body-size limits (tighter on the API) and a timeout on every request that is not meant to stay open.</summary>
public static class RequestLimits
{
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestLimitOptions>().BindConfiguration("RequestLimits").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes);
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.TimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => ApiProblemResponses.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Request took too long",
                    $"The request ran longer than {limits.Value.TimeoutSeconds} s (RequestLimits:TimeoutSeconds) and was stopped. Try again; " +
                    "long work such as imports and pushes runs in the background flows instead."),
            });
        return builder;
    }

    /// <summary>Refuses an API body over the limit before it is read, and caps a body of unknown length while it is read.</summary>
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), api => api.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.ApiMaxBodyBytes;
            var describe = $"The portal API accepts request bodies of at most {Describe(limit)} (RequestLimits:ApiMaxBodyBytes). " +
                "Send less at once, e.g. shorter mapping scripts or fewer items per request.";
            if (context.Request.ContentLength > limit)
            {
                await ApiProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", describe);
                return;
            }
            if (context.Request.ContentLength is null)
            {
                context.Request.Body = new LimitedRequestBody(context.Request.Body, limit, describe);
            }
            await next(context);
        }));

    /// <summary>
    /// Request timeouts everywhere except what stays open by design: the Blazor circuit (SignalR, WebSockets) and the
    /// sandbox control API, whose catalog and order generators are test tooling sized by their own limits.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestTimeouts(this IApplicationBuilder app) =>
        app.UseWhen(c => !c.WebSockets.IsWebSocketRequest && !c.Request.Path.StartsWithSegments("/_blazor") && !c.Request.Path.StartsWithSegments("/sandbox/_control"),
            timed => timed.UseRequestTimeouts());

    private static string Describe(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
