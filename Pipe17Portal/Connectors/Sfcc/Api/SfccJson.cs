using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>The two wire formats: SCAPI is camelCase, OCAPI snake_case. Nulls are left out of requests.</summary>
public static class SfccJson
{
    public static JsonSerializerOptions Scapi { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static JsonSerializerOptions Ocapi { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
