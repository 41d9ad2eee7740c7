using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Timeline entries of the Salesforce push, with request and response bodies whose secrets are blanked.</summary>
public static class OrderTimeline
{
    public const string Kind = "Salesforce";
    private static readonly string[] SecretWords = ["token", "password", "secret", "authorization"];

    public static void Add(PortalDbContext db, Guid orderId, DateTimeOffset at, string message, object? payload = null) =>
        db.Add(new OrderEvent
        {
            OrderId = orderId,
            At = at,
            Kind = Kind,
            Message = message.Length <= 2000 ? message : message[..1999] + "…",
            Payload = payload is null ? null : Redact(payload),
        });

    /// <summary>The body as JSON with every property named like a secret (e.g. SFCC's order_token) replaced.</summary>
    public static string Redact(object payload)
    {
        var node = payload switch
        {
            JsonNode n => n.DeepClone(),
            string s => TryParse(s),
            _ => JsonSerializer.SerializeToNode(payload, payload.GetType(), Api.SfccJson.Ocapi),
        };
        if (node is null)
        {
            return payload.ToString() ?? "";
        }
        Blank(node);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static void Blank(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (SecretWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    {
                        o[key] = "***";
                    }
                    else if (value is not null)
                    {
                        Blank(value);
                    }
                }
                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    Blank(item);
                }
                break;
        }
    }
}
