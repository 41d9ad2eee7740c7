using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Client.Api;

/// <summary>One JSON shape for the portal API on both sides of the wire: camelCase fields, enums by name.</summary>
public static class PortalJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
