using System.Text.Json;
using Polly.Timeout;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Sends one Refit call and turns whatever happens (answer, token problem, network failure) into a result.</summary>
internal static class TikTokCall
{
    public static async Task<TikTokResult<JsonElement?>> SendAsync(
        string endpoint, Func<Task<HttpResponseMessage>> send, bool dataRequired, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (Exception e) when (!ct.IsCancellationRequested && Failure(endpoint, e) is { } error)
        {
            return TikTokResult<JsonElement?>.Failure(error);
        }

        using (response)
        {
            return await TikTokEnvelope.ReadAsync(endpoint, response, dataRequired, ct);
        }
    }

    public static async Task<TikTokResult<T>> SendAsync<T>(
        string endpoint, Func<Task<HttpResponseMessage>> send, CancellationToken ct, Func<T, string?>? findMissingField = null)
        where T : class =>
        TikTokEnvelope.Data(endpoint, await SendAsync(endpoint, send, dataRequired: true, ct), findMissingField);

    /// <summary>Calls whose answer carries nothing the portal needs (ship, webhook subscribe): success is <c>code: 0</c>.</summary>
    public static async Task<TikTokResult<TikTokAck>> SendAckAsync(string endpoint, Func<Task<HttpResponseMessage>> send, CancellationToken ct) =>
        (await SendAsync(endpoint, send, dataRequired: false, ct)).Map(_ => TikTokAck.Instance);

    // Refit may wrap what the handlers threw, so look through inner exceptions.
    private static TikTokError? Failure(string endpoint, Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TikTokCallFailedException failed:
                    return failed.Error;
                case TimeoutRejectedException or TaskCanceledException or TimeoutException:
                    return new TikTokError(endpoint, null, $"TikTok did not answer {endpoint} in time; the call may or may not have been applied.", null, null, TikTokErrorKind.Network);
                case HttpRequestException http:
                    return new TikTokError(endpoint, null, $"Could not reach TikTok for {endpoint}: {http.Message}", null, null, TikTokErrorKind.Network);
            }
        }

        return null;
    }
}
