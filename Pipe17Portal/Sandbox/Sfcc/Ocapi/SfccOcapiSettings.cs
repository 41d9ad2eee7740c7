using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi;

/// <summary>
/// OCAPI settings JSON ({"_v","clients":[{"client_id","resources":[{"resource_id","methods",…}]}]}), the defaults the
/// product needs, and the check each OCAPI call passes: the client must be listed with a resource matching the path
/// (`*` one segment, `**` any number) and the method, otherwise 403 ClientAccessForbiddenException.
/// </summary>
public static class SfccOcapiSettings
{
    public static string DefaultShop(string clientId) => Settings("23.2", clientId,
    [
        ("/baskets", ["post"]),
        ("/baskets/**", ["get", "post", "put", "patch", "delete"]),
        ("/orders", ["post"]),
        ("/orders/*", ["get", "put", "patch"]),
        ("/order_search", ["post"]),
        ("/customers/**", ["get"]),
        ("/site", ["get"]),
    ]);

    public static string DefaultData(string clientId) => Settings("25.6", clientId,
    [
        ("/customer_lists/**", ["get", "post"]),
        ("/inventory_lists/**", ["get", "put", "patch"]),
        ("/sites/*", ["get"]),
        ("/sites/*/orders/**", ["put", "patch"]),
        ("/system_object_definitions/**", ["get"]),
    ]);

    private static string Settings(string version, string clientId, (string Resource, string[] Methods)[] resources) => new JsonObject
    {
        ["_v"] = version,
        ["clients"] = new JsonArray(new JsonObject
        {
            ["client_id"] = clientId,
            ["allowed_origins"] = new JsonArray(),
            ["resources"] = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject
            {
                ["resource_id"] = r.Resource,
                ["methods"] = new JsonArray([.. r.Methods.Select(m => (JsonNode)JsonValue.Create(m))]),
                ["read_attributes"] = "(**)",
                ["write_attributes"] = "(**)",
            })]),
        }),
    }.ToJsonString();

    /// <summary>Null when the JSON is a usable settings document, else what is wrong with it.</summary>
    public static string? Validate(JsonElement settings)
    {
        if (settings.ValueKind != JsonValueKind.Object || !settings.TryGetProperty("clients", out var clients) || clients.ValueKind != JsonValueKind.Array)
        {
            return "The settings must be an object with a \"clients\" array.";
        }
        foreach (var client in clients.EnumerateArray())
        {
            if (client.ValueKind != JsonValueKind.Object || !client.TryGetProperty("client_id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return "Every client needs a \"client_id\" string.";
            }
            if (!client.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
            {
                return $"Client {id.GetString()} needs a \"resources\" array.";
            }
            foreach (var resource in resources.EnumerateArray())
            {
                if (resource.ValueKind != JsonValueKind.Object
                    || !resource.TryGetProperty("resource_id", out var rid) || rid.ValueKind != JsonValueKind.String || !(rid.GetString() ?? "").StartsWith('/')
                    || !resource.TryGetProperty("methods", out var methods) || methods.ValueKind != JsonValueKind.Array
                    || methods.EnumerateArray().Any(m => m.ValueKind != JsonValueKind.String))
                {
                    return $"Every resource of client {id.GetString()} needs a \"resource_id\" starting with / and a \"methods\" array of strings.";
                }
            }
        }
        return null;
    }

    /// <summary>The settings without the resource (for every client), or null when no client lists it.</summary>
    public static string? WithoutResource(string settings, string resourceId)
    {
        if (JsonNode.Parse(settings.Length == 0 ? "{}" : settings) is not JsonObject root || root["clients"] is not JsonArray clients)
        {
            return null;
        }
        var removed = false;
        foreach (var resources in clients.OfType<JsonObject>().Select(c => c["resources"]).OfType<JsonArray>())
        {
            foreach (var resource in resources.OfType<JsonObject>().Where(r => r["resource_id"]?.GetValue<string>() == resourceId).ToList())
            {
                removed |= resources.Remove(resource);
            }
        }
        return removed ? root.ToJsonString() : null;
    }

    /// <summary>Whether the settings let the client call the method on the resource path (e.g. "/baskets/abc/items").</summary>
    public static bool Allows(string settings, string clientId, string method, string path)
    {
        using var document = JsonDocument.Parse(settings.Length == 0 ? "{}" : settings);
        if (!document.RootElement.TryGetProperty("clients", out var clients) || clients.ValueKind != JsonValueKind.Array)
        {
            return false;
        }
        var segments = path.Trim('/').Split('/');
        return clients.EnumerateArray()
            .Where(c => c.TryGetProperty("client_id", out var id) && string.Equals(id.GetString(), clientId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.TryGetProperty("resources", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Any(r => r.TryGetProperty("resource_id", out var rid) && Matches((rid.GetString() ?? "").Trim('/').Split('/'), segments)
                && r.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                && methods.EnumerateArray().Any(m => string.Equals(m.GetString(), method, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Matches(string[] pattern, string[] path)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == "**")
            {
                return path.Length > i;
            }
            if (i >= path.Length || (pattern[i] != "*" && pattern[i] != path[i]))
            {
                return false;
            }
        }
        return pattern.Length == path.Length;
    }
}
