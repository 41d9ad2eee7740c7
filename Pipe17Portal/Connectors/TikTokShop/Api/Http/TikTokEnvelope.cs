using System.Net;
using System.Text.Json;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Reads TikTok's <c>{code, message, request_id, data}</c> envelope into a result without ever throwing.</summary>
internal static class TikTokEnvelope
{
    private const int SnippetLength = 200;

    public static async Task<TikTokResult<JsonElement?>> ReadAsync(string endpoint, HttpResponseMessage response, bool dataRequired, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        // Parsed from the bytes into an element that owns its memory: no UTF-16 copy of a page of order details, and no
        // clone of it. The text is decoded only to quote it in an error.
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return Fail(response.IsSuccessStatusCode
                ? Invalid(endpoint, $"the answer is not JSON: {Snippet(Text(body))}", null, status)
                : HttpFailure(endpoint, response.StatusCode, Text(body)));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(response.IsSuccessStatusCode
                ? Invalid(endpoint, $"the answer is not a JSON object: {Snippet(Text(body))}", null, status)
                : HttpFailure(endpoint, response.StatusCode, Text(body)));
        }

        var requestId = root.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (!root.TryGetProperty("code", out var codeElement) || codeElement.ValueKind != JsonValueKind.Number || !codeElement.TryGetInt32(out var code))
        {
            return Fail(response.IsSuccessStatusCode
                ? Invalid(endpoint, "field 'code' is missing or not a number", requestId, status)
                : HttpFailure(endpoint, response.StatusCode, Text(body)) with { RequestId = requestId });
        }

        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";
        if (code != 0 || !response.IsSuccessStatusCode)
        {
            var kind = TikTokErrorCodes.KindOf(code, status, message);
            return Fail(new TikTokError(endpoint, code, message.Length > 0 ? message : $"TikTok answered HTTP {status}", requestId, status, kind));
        }

        var hasData = root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;
        if (!hasData && dataRequired)
        {
            return Fail(Invalid(endpoint, "field 'data' is missing from a successful answer", requestId, status));
        }

        return TikTokResult<JsonElement?>.Success(hasData ? data : null, requestId);
    }

    /// <summary>Deserializes <c>data</c>; a missing required field or a wrong type becomes InvalidResponse naming it.</summary>
    public static TikTokResult<T> Data<T>(string endpoint, TikTokResult<JsonElement?> envelope, Func<T, string?>? findMissingField = null)
        where T : class
    {
        if (!envelope.IsSuccess)
        {
            return TikTokResult<T>.Failure(envelope.Error);
        }

        if (envelope.Data is not { } data)
        {
            return TikTokResult<T>.Failure(Invalid(endpoint, "field 'data' is missing from a successful answer", envelope.RequestId, 200));
        }

        var read = Deserialize<T>(endpoint, data, "data", envelope.RequestId);
        if (read.IsSuccess && findMissingField?.Invoke(read.Data) is { } missing)
        {
            return TikTokResult<T>.Failure(Invalid(endpoint, $"field 'data.{missing}' is missing", envelope.RequestId, 200));
        }

        return read;
    }

    public static TikTokResult<T> Deserialize<T>(string endpoint, JsonElement element, string path, string? requestId)
        where T : class
    {
        try
        {
            return element.Deserialize<T>(TikTokJson.Options) is { } value
                ? TikTokResult<T>.Success(value, requestId)
                : TikTokResult<T>.Failure(Invalid(endpoint, $"field '{path}' is null", requestId, 200));
        }
        catch (JsonException e)
        {
            var at = e.Path is { Length: > 1 } jsonPath ? $" at {path}{jsonPath.TrimStart('$')}" : "";
            return TikTokResult<T>.Failure(Invalid(endpoint, $"{e.Message}{at}", requestId, 200));
        }
    }

    public static TikTokError Invalid(string endpoint, string problem, string? requestId, int? status) =>
        new(endpoint, null, $"TikTok's answer to {endpoint} could not be used: {problem}.", requestId, status, TikTokErrorKind.InvalidResponse);

    private static TikTokError HttpFailure(string endpoint, HttpStatusCode status, string text)
    {
        var code = (int)status;
        return new TikTokError(endpoint, null, $"TikTok answered HTTP {code}: {Snippet(text)}", null, code, TikTokErrorCodes.KindOf(null, code));
    }

    private static string Text(byte[] body) => System.Text.Encoding.UTF8.GetString(body);

    private static string Snippet(string text) =>
        text.Length == 0 ? "(empty)" : text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";

    private static TikTokResult<JsonElement?> Fail(TikTokError error) => TikTokResult<JsonElement?>.Failure(error);
}
