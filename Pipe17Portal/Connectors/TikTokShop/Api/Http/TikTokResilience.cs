using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

internal static class TikTokResilience
{
    public const int MaxRetryAttempts = 3;
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <param name="retryFailures">False for non-idempotent calls: a 5xx or a timeout may come after TikTok applied the change.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services, bool retryFailures)
    {
        pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
        var timeouts = services.GetRequiredService<IOptions<TikTokHttpOptions>>().Value;
        pipeline
            .AddTimeout(TimeSpan.FromSeconds(timeouts.TotalTimeoutSeconds))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = retryFailures
                    ? args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome))
                    : args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
            })
            .AddTimeout(TimeSpan.FromSeconds(timeouts.AttemptTimeoutSeconds));
    }
}
