using System.Text.Json;

namespace Pipe17Portal.Client.Shared;

public static class JsonText
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Indents a JSON document for reading; anything that is not JSON is returned as it is.</summary>
    public static string Pretty(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "";
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
