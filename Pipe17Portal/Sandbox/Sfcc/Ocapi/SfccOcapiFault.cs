using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi;

/// <summary>An OCAPI fault: {"_v","fault":{"arguments"?,"type","message"}} with the HTTP status of the fault.</summary>
public sealed class SfccOcapiException(int status, string type, string message, JsonObject? arguments = null) : Exception(message)
{
    public int Status { get; } = status;
    public string Type { get; } = type;
    public JsonObject? Arguments { get; } = arguments;

    public IResult ToResult(string version)
    {
        var fault = new JsonObject();
        if (Arguments is not null)
        {
            fault["arguments"] = Arguments.DeepClone();
        }
        fault["type"] = Type;
        fault["message"] = Message;
        return SfccOcapiJson.Result(new JsonObject { ["_v"] = version, ["fault"] = fault }, Status);
    }

    public static JsonObject Argument(string name, string value) => new() { [name] = new JsonObject { ["type"] = "string", ["value"] = value } };
}

public static class SfccOcapiJson
{
    public static IResult Result(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(), "application/json; charset=UTF-8", System.Text.Encoding.UTF8, status);

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
