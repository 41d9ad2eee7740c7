using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Data;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// The one writer of an order's timeline (imports, status changes, pushes, responses, retries). A payload given as a
/// string is a document as received from a channel and is kept verbatim; any other payload is serialised as JSON with
/// every property named like a secret (e.g. SFCC's order_token) blanked.
/// </summary>
public static class OrderTimeline
{
    private const int MaxMessage = 2000;
    private static readonly string[] SecretWords = ["token", "password", "secret", "authorization"];
    private static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Add(PortalDbContext db, Guid orderId, DateTimeOffset at, string kind, string message, object? payload = null) =>
        db.Add(new OrderEvent
        {
            OrderId = orderId,
            At = at,
            Kind = kind,
            Message = message.Length <= MaxMessage ? message : message[..(MaxMessage - 1)] + "…",
            Payload = payload switch
            {
                null => null,
                string received => received,
                _ => Redact(payload),
            },
        });

    /// <summary>The body as indented JSON with every property named like a secret replaced by <c>***</c>.</summary>
    public static string Redact(object payload, JsonSerializerOptions? options = null)
    {
        var node = payload switch
        {
            JsonNode n => n.DeepClone(),
            string s => TryParse(s),
            _ => JsonSerializer.SerializeToNode(payload, payload.GetType(), options ?? Snake),
        };
        if (node is null)
        {
            return payload.ToString() ?? "";
        }
        Blank(node);
        return node.ToJsonString(Indented);
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
