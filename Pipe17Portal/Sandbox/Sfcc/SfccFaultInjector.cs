using Microsoft.Extensions.Options;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc;

/// <summary>
/// Applies an account's configured faults (system "sfcc", PUT /sandbox/_control/accounts/{id}/faults): waits the added
/// latency, then picks a fault kind for the configured share of calls. Each API surface writes the kind in its own error format.
/// </summary>
public sealed class SfccFaultInjector(IOptions<SfccOptions> options, Accounts.SandboxFaultCounter counter)
{
    /// <summary>
    /// The call runs and commits as usual, then its answer is replaced by a 504 gateway timeout (answered at once; add
    /// latency_ms for a slow one): SFCC did the work but the caller cannot know. OCAPI and SCAPI only; token endpoints ignore it.
    /// </summary>
    public const string LostResponse = "lost_response";

    /// <summary>The fault kind to answer with (429, 500, 503, timeout, expired_token, lost_response), or null to run the call.</summary>
    public async Task<string?> InjectAsync(SandboxDbContext db, Guid accountId, CancellationToken ct)
    {
        var faults = await SfccLookups.Faults(db, accountId, "sfcc", ct);
        if (faults is null)
        {
            return null;
        }
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(faults.LatencyMs, ct);
        }
        var kinds = faults.KindList();
        if (kinds.Count == 0 || Random.Shared.NextDouble() >= faults.Rate)
        {
            return null;
        }
        var kind = kinds[Random.Shared.Next(kinds.Count)];
        counter.Count(accountId, "sfcc", kind);
        if (kind == "timeout")
        {
            await Task.Delay(options.Value.FaultTimeout, ct);
        }
        return kind;
    }

    /// <summary>The Retry-After value of an injected 429 (<see cref="SfccOptions.RetryAfterSeconds"/>).</summary>
    public static string RetryAfter(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<SfccOptions>>().Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A fault on a token endpoint, as an OAuth error body. 503 carries the load-shedding headers (sfdc_load, sfdc_load_status);
    /// expired_token and lost_response mean nothing to a token request, so they are not applied there.
    /// </summary>
    public static IResult? OAuthReply(string kind) => kind switch
    {
        "429" => new FaultResult(StatusCodes.Status429TooManyRequests, "too_many_requests", "Rate limit exceeded. Please retry later.", retryAfter: true),
        "500" => new FaultResult(StatusCodes.Status500InternalServerError, "server_error", "The server has encountered a situation that it doesn't know how to handle."),
        "503" => new FaultResult(StatusCodes.Status503ServiceUnavailable, "temporarily_unavailable", "The service is temporarily unable to handle the request because of load shedding.", loadShedding: true),
        "timeout" => new FaultResult(StatusCodes.Status504GatewayTimeout, "server_error", "Gateway timeout."),
        _ => null,
    };

    private sealed class FaultResult(int status, string error, string description, bool retryAfter = false, bool loadShedding = false) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            if (retryAfter)
            {
                http.Response.Headers.RetryAfter = SfccFaultInjector.RetryAfter(http);
            }
            if (loadShedding)
            {
                http.Response.Headers["sfdc_load"] = "95";
                http.Response.Headers["sfdc_load_status"] = "THROTTLE";
            }
            return SfccOAuthError.Write(status, error, description).ExecuteAsync(http);
        }
    }
}
