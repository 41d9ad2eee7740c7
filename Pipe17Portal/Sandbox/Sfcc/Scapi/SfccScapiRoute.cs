using System.Text.Json.Nodes;
using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

public delegate Task<IResult> SfccScapiHandler(SfccScapiCall call);

/// <summary>One SCAPI admin operation: method, path below /organizations/{organizationId} of its API base, read scope, and whether siteId is required.</summary>
public sealed record SfccScapiRoute(string Method, string Base, string Template, string Scope, bool SiteRequired, SfccScapiHandler Handler)
{
    private readonly string[] segments = Template.Trim('/').Split('/');

    public bool TryMatch(string basePath, string[] path, out Dictionary<string, string> values)
    {
        values = [];
        if (basePath != Base || path.Length != segments.Length)
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
            else if (segments[i] != path[i])
            {
                return false;
            }
        }
        return true;
    }
}

public sealed record SfccScapiCall(HttpContext Http, SandboxDbContext Db, SandboxAccount Account, IReadOnlyDictionary<string, string> Values, JsonNode? Body, DateTimeOffset Now)
{
    public string this[string name] => Values[name];

    public int QueryInt(string name, int fallback, int min, int max)
    {
        var text = Http.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }
        return int.TryParse(text, out var n) && n >= min && n <= max ? n
            : throw new SfccScapiException(StatusCodes.Status400BadRequest, "invalid-query-parameter", "Invalid Query Parameter", $"The query parameter '{name}' must be a whole number from {min} to {max}.");
    }
}
