using System.Text.Json.Nodes;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi;

public delegate Task<IResult> SfccOcapiHandler(SfccOcapiCall call);

/// <summary>One OCAPI resource: its method and path template below the version (e.g. /baskets/{basket_id}/items).</summary>
public sealed record SfccOcapiRoute(string Method, string Template, SfccOcapiHandler Handler)
{
    private readonly string[] segments = Template.Trim('/').Split('/');

    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = [];
        if (path.Length != segments.Length)
        {
            return false;
        }
        for (var i = 0; i < path.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                if (path[i].Length == 0)
                {
                    return false;
                }
                values[segments[i].Trim('{', '}')] = Uri.UnescapeDataString(path[i]);
            }
            else if (!string.Equals(segments[i], path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>An OCAPI call that passed authentication and the settings check.</summary>
public sealed record SfccOcapiCall(
    HttpContext Http, SandboxDbContext Db, SandboxAccount Account, SfccInstance Instance, string ClientId, string? User,
    IReadOnlyDictionary<string, string> Values, JsonNode? Body, string Version, DateTimeOffset Now)
{
    public string this[string name] => Values[name];

    public JsonObject BodyObject() => Body as JsonObject
        ?? throw new SfccOcapiException(StatusCodes.Status400BadRequest, "MalformedDocumentException", "The request body must be a JSON object.");
}
