using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Security;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests per client address in each window of <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitRule
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; }
}

/// <summary>`RateLimits:*`: what one client address may do per window on the endpoints people and bots hammer.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Submissions of the sign-in form (lockout after 5 wrong passwords protects one account; this protects all of them).</summary>
    [ValidateObjectMembers]
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    [ValidateObjectMembers]
    public RateLimitRule Registration { get; set; } = new() { PermitLimit = 10, WindowSeconds = 3600 };

    /// <summary>*Forgot password* and *Resend email confirmation*: both send mail to an address the caller types.</summary>
    [ValidateObjectMembers]
    public RateLimitRule ForgotPassword { get; set; } = new() { PermitLimit = 5, WindowSeconds = 900 };

    /// <summary>TikTok webhook deliveries; generous, since a busy shop (or the sandbox) sends many from few addresses.</summary>
    [ValidateObjectMembers]
    public RateLimitRule Webhooks { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };
}

/// <summary>
/// Rate limiting partitioned by client address (after forwarded headers): the account forms by path (they are Razor pages,
/// limited on POST only, so the page still opens), the webhook endpoint by its <see cref="Webhooks"/> policy.
/// </summary>
public static class PortalRateLimits
{
    public const string Webhooks = "webhooks";

    private enum Kind { SignIn, Registration, ForgotPassword, Webhooks }

    private static readonly Dictionary<PathString, Kind> AccountForms = new()
    {
        ["/Account/Login"] = Kind.SignIn,
        ["/Account/Register"] = Kind.Registration,
        ["/Account/ForgotPassword"] = Kind.ForgotPassword,
        ["/Account/ResendEmailConfirmation"] = Kind.ForgotPassword,
    };

    public static IHostApplicationBuilder AddPortalRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && AccountForms.TryGetValue(context.Request.Path, out var kind)
                    ? Partition(context, kind)
                    : RateLimitPartition.GetNoLimiter(""));
            o.AddPolicy(Webhooks, context => Partition(context, Kind.Webhooks));
            o.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Kind kind)
    {
        var rule = Rule(context, kind);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = TimeSpan.FromSeconds(rule.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static RateLimitRule Rule(HttpContext context, Kind kind)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return kind switch
        {
            Kind.SignIn => options.SignIn,
            Kind.Registration => options.Registration,
            Kind.ForgotPassword => options.ForgotPassword,
            _ => options.Webhooks,
        };
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        if (AccountForms.TryGetValue(context.Request.Path, out var kind))
        {
            var what = kind switch
            {
                Kind.SignIn => "Too many sign-in attempts",
                Kind.Registration => "Too many registrations",
                _ => "Too many password-reset requests",
            };
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html><head><title>{what}</title></head><body><h1>{what}</h1>" +
                $"<p>{what} came from your network. Wait {wait} seconds, then <a href=\"{WebUtility.HtmlEncode(context.Request.Path)}\">try again</a>.</p></body></html>", ct);
            return;
        }
        var rule = Rule(context, Kind.Webhooks);
        await ApiProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"More than {rule.PermitLimit} webhook deliveries in {rule.WindowSeconds} s came from this address (RateLimits:Webhooks). Retry after {wait} seconds.");
    }
}
