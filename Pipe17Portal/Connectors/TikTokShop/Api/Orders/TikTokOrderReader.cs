using System.Text.Json;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Connectors.TikTokShop.Api.Orders;

/// <summary>Reads <c>data.orders</c> one element at a time so each order keeps its raw JSON and a broken one is named.</summary>
internal static class TikTokOrderReader
{
    private static readonly string[] RequiredFields = ["id", "status"];

    /// <summary>
    /// A search page. An order that has an id but is otherwise unreadable is set aside in <see cref="TikTokOrderPage.Rejected"/>
    /// instead of failing the page: the search is how the pull finds every order, so one bad order would stop them all.
    /// </summary>
    public static TikTokResult<TikTokOrderPage> Page(string endpoint, TikTokResult<JsonElement?> envelope)
    {
        var rejected = new List<TikTokRejectedOrder>();
        return Read(endpoint, envelope, (data, orders) => new TikTokOrderPage(
            orders,
            data.TryGetProperty("next_page_token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null,
            data.TryGetProperty("total_count", out var total) && total.ValueKind == JsonValueKind.Number && total.TryGetInt64(out var count) ? count : null) { Rejected = rejected },
            rejected);
    }

    public static TikTokResult<IReadOnlyList<TikTokOrder>> Orders(string endpoint, TikTokResult<JsonElement?> envelope) =>
        Read<IReadOnlyList<TikTokOrder>>(endpoint, envelope, (_, orders) => orders, rejected: null);

    /// <param name="rejected">Where to set aside orders that have an id but cannot be read; null fails the whole answer on them.</param>
    private static TikTokResult<T> Read<T>(string endpoint, TikTokResult<JsonElement?> envelope, Func<JsonElement, IReadOnlyList<TikTokOrder>, T> build,
        List<TikTokRejectedOrder>? rejected)
    {
        if (!envelope.IsSuccess)
        {
            return TikTokResult<T>.Failure(envelope.Error);
        }

        if (envelope.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return Invalid<T>(endpoint, "field 'data' is missing or not an object", envelope.RequestId);
        }

        if (!data.TryGetProperty("orders", out var elements) || elements.ValueKind == JsonValueKind.Null)
        {
            return TikTokResult<T>.Success(build(data, []), envelope.RequestId);
        }

        if (elements.ValueKind != JsonValueKind.Array)
        {
            return Invalid<T>(endpoint, "field 'data.orders' is not a list", envelope.RequestId);
        }

        var orders = new List<TikTokOrder>(elements.GetArrayLength());
        var index = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var path = $"data.orders[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Invalid<T>(endpoint, $"'{path}' is not an object", envelope.RequestId);
            }

            var problem = RequiredFields.FirstOrDefault(field => !HasText(element, field)) is { } missing
                ? TikTokEnvelope.Invalid(endpoint, $"field '{path}.{missing}' is missing", envelope.RequestId, 200)
                : null;
            TikTokOrder? read = null;
            if (problem is null)
            {
                var order = TikTokEnvelope.Deserialize<TikTokOrder>(endpoint, element, path, envelope.RequestId);
                if (order.IsSuccess)
                {
                    read = order.Data;
                }
                else
                {
                    problem = order.Error;
                }
            }
            if (read is null)
            {
                if (rejected is null || !HasText(element, "id"))
                {
                    return TikTokResult<T>.Failure(problem!);
                }
                rejected.Add(new TikTokRejectedOrder(element.GetProperty("id").GetString()!, element.GetRawText(), problem!.Message));
                continue;
            }

            orders.Add(read with { Raw = element.Clone() });
        }

        return TikTokResult<T>.Success(build(data, orders), envelope.RequestId);
    }

    private static bool HasText(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    private static TikTokResult<T> Invalid<T>(string endpoint, string problem, string? requestId) =>
        TikTokResult<T>.Failure(TikTokEnvelope.Invalid(endpoint, problem, requestId, 200));
}
