using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>Sends one Refit call and turns whatever happens (answer, refusal, token problem, network failure) into a result.</summary>
internal static class SfccCall
{
    public static async Task<SfccResult<T>> SendAsync<T>(
        SfccCallSite site, Func<Task<HttpResponseMessage>> send, JsonSerializerOptions json, CancellationToken ct)
        where T : class
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (Exception e) when (!ct.IsCancellationRequested && Failure(site, e) is { } error)
        {
            return SfccResult<T>.Failure(error);
        }

        using (response)
        {
            var body = await TextAsync(response.Content, ct);
            if (!response.IsSuccessStatusCode)
            {
                return SfccResult<T>.Failure(SfccErrors.FromResponse(site, response, body));
            }

            if (typeof(T) == typeof(SfccAck))
            {
                return SfccResult<T>.Success((T)(object)(response.Headers.Location is { } location ? new SfccAck { Location = location } : SfccAck.Instance));
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                return SfccResult<T>.Failure(SfccErrors.Invalid(site, (int)response.StatusCode, "the answer is empty"));
            }

            T? data;
            try
            {
                data = JsonSerializer.Deserialize<T>(body, json);
            }
            catch (JsonException e)
            {
                return SfccResult<T>.Failure(SfccErrors.Invalid(site, (int)response.StatusCode, e.Message));
            }

            if (data is null)
            {
                return SfccResult<T>.Failure(SfccErrors.Invalid(site, (int)response.StatusCode, "the answer is null"));
            }

            return SfccAnswerCheck.FirstMissing(data, json) is { } missing
                ? SfccResult<T>.Failure(SfccErrors.Invalid(site, (int)response.StatusCode, $"field '{missing}' is missing or null"))
                : SfccResult<T>.Success(data);
        }
    }

    /// <summary>
    /// The answer as text in the character set it names; JSON is UTF-8 (RFC 8259), so an unknown or misspelt character set
    /// is read as UTF-8 rather than failing the call.
    /// </summary>
    private static async Task<string> TextAsync(HttpContent content, CancellationToken ct)
    {
        try
        {
            return await content.ReadAsStringAsync(ct);
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync(ct));
        }
    }

    // Refit may wrap what the handlers threw, so look through inner exceptions.
    private static SfccError? Failure(SfccCallSite site, Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SfccCallFailedException failed:
                    return failed.Error;
                case SfccAnswerTooLargeException tooLarge:
                    return SfccErrors.TooLarge(site, tooLarge.Limit);
                case BrokenCircuitException:
                    return SfccErrors.Network(site, $"Calls to SFCC are paused after repeated failures ({e.Message}).",
                        "SFCC failed many calls in a row, so the portal pauses for a short while before trying again; no action is needed unless it persists.");
                case TimeoutRejectedException or TaskCanceledException or TimeoutException:
                    return SfccErrors.Network(site, $"SFCC did not answer {site.Endpoint} in time.",
                        "The call timed out; it may or may not have been applied in SFCC. The sync will check and try again later.");
                case HttpRequestException http:
                    return SfccErrors.Network(site, $"Could not reach SFCC for {site.Endpoint}: {http.Message}",
                        "The instance or Salesforce's API host could not be reached: check the instance URL and short code, and whether the instance is up.");
            }
        }

        return null;
    }
}
