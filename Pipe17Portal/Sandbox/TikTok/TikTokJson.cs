using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>TikTok's wire format: snake_case names, absent rather than null fields, strict types on the way in.</summary>
public static class TikTokJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new RawJsonConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    public static long Unix(DateTimeOffset time) => time.ToUnixTimeSeconds();
}

/// <summary>Already-serialized JSON written as is, so stored order documents reach the wire without a second serialization.</summary>
public sealed record RawJson(string Json);

internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
