using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Retry with jitter (honouring Retry-After), a per-attempt timeout and a circuit breaker per SFCC host.
/// Failures (5xx, timeouts) are retried only for idempotent requests; 429 and 503 load shedding
/// (<c>sfdc_load_status</c>) are refusals before any work, so they are retried for every request.
/// </summary>
internal static class SfccResilience
{
    public const int MaxRetryAttempts = 3;
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    // SCAPI admin calls time out at 60 s on Salesforce's side (504); give them a little more.
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(65);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(4);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SfccApiOptions>>().Value;
        pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
        pipeline
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay ?? BaseDelay,
                MaxDelay = MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout ?? AttemptTimeout);
    }

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (outcome.Exception is BrokenCircuitException)
        {
            return false;
        }

        if (outcome.Result is { } response && IsRefusedUpFront(response))
        {
            return true;
        }

        return SfccRetry.IsIdempotent(request) && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>429, or SCAPI load shedding (503 with <c>sfdc_load_status</c>): nothing was done, asking again is safe.</summary>
    public static bool IsRefusedUpFront(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.StatusCode == HttpStatusCode.ServiceUnavailable && IsLoadShedding(response));

    public static bool IsLoadShedding(HttpResponseMessage response) =>
        response.Headers.Contains("sfdc_load_status") || response.Headers.Contains("sfdc_load");

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is TimeoutRejectedException or HttpRequestException
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
}
