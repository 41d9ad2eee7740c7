using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>TikTok's wire format: snake_case, absent instead of null on requests.</summary>
public static class TikTokJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
