using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipe17Portal.Tests.Features.Fuzzing;

/// <summary>
/// Generates hostile inputs from a seed: JSON bodies shaped like an endpoint's contract but with wrong types, missing
/// or extra fields, nulls, huge and odd strings, extreme numbers; non-JSON bodies; route values and query strings.
/// </summary>
public sealed class JsonInputs(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] OddStrings =
    [
        "", " ", "a", "0", "-1", "null", "true", "NaN", "Infinity", "1e309", "2026-13-45", "00000000-0000-0000-0000-000000000000",
        "not-a-guid", "../../etc/passwd", "%00", "\u0000", "\t\r\n", "💥🔥", "ñandú", "\u202egnp.exe", "<script>alert(1)</script>",
        "'; DROP TABLE Orders; --", "{{7*7}}", "${jndi:ldap://x}", "%s%n%x", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
        "a@b", "admin@example.com", "Administrator", "User", "Developer", "ReadyForFulfillment", "c_tiktokOrderId", "shipments[0].shipping_method.id",
        "ＡＢＣ", "TEE-CLASSIC-BLK-M", "   padded   ",
    ];

    private static readonly double[] OddNumbers = [0, -1, 1, -0.0, 0.5, 3.14159, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 1e308, -1e308, 1e-300, 9007199254740993];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Next(int max) => random.Next(max);

    public string String()
    {
        return random.Next(10) switch
        {
            0 => new string('x', random.Next(200, 5000)),
            1 => new string('é', random.Next(1000, 70_000)),
            2 => Guid.NewGuid().ToString(),
            3 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0x2FFF))),
            _ => Pick(OddStrings),
        };
    }

    public JsonNode? Value(int depth = 0)
    {
        switch (random.Next(depth >= 2 ? 5 : 7))
        {
            case 0: return null;
            case 1: return JsonValue.Create(random.Next(2) == 0);
            case 2: return JsonValue.Create(Pick(OddNumbers));
            case 3: return JsonValue.Create(random.Next(-1000, 1000));
            case 4: return JsonValue.Create(String());
            case 5:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(Value(depth + 1));
                }
                return array;
            default:
                var obj = new JsonObject();
                for (var i = random.Next(4); i > 0; i--)
                {
                    obj[Pick(OddStrings) + i] = Value(depth + 1);
                }
                return obj;
        }
    }

    /// <summary>An object with (some of) the contract's own field names, each given a value of any type, plus maybe strangers.</summary>
    public JsonNode? Shaped(Type? contract, int depth = 0)
    {
        if (contract is null || depth > 2 || random.Next(8) == 0)
        {
            return Value(depth);
        }
        var element = contract.IsArray ? contract.GetElementType()
            : contract.IsGenericType && contract.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) && contract != typeof(string)
                ? contract.GetGenericArguments().Last()
                : null;
        if (element is not null)
        {
            var array = new JsonArray();
            for (var i = random.Next(4); i > 0; i--)
            {
                array.Add(Shaped(element, depth + 1));
            }
            return array;
        }
        var properties = contract.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToList();
        if (properties.Count == 0 || contract == typeof(string) || contract.IsPrimitive || contract.IsEnum || contract == typeof(Guid))
        {
            return ScalarFor(contract);
        }
        var obj = new JsonObject();
        foreach (var property in properties.Where(_ => random.Next(6) != 0))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            obj[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = random.Next(3) == 0 ? Value(depth + 1)
                : type.IsClass && type != typeof(string) || type.IsInterface ? Shaped(type, depth + 1) : ScalarFor(type);
        }
        if (random.Next(5) == 0)
        {
            obj["unexpected" + random.Next(100)] = Value(depth + 1);
        }
        return obj;
    }

    /// <summary>A value of the field's own type most of the time (so validation, not just parsing, is reached), odd ones otherwise.</summary>
    private JsonNode? ScalarFor(Type type)
    {
        if (random.Next(4) == 0)
        {
            return Value(2);
        }
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return random.Next(3) == 0 ? JsonValue.Create(random.Next(-5, 50)) : JsonValue.Create(names[random.Next(names.Length)]);
        }
        if (type == typeof(Guid))
        {
            return JsonValue.Create(random.Next(4) == 0 ? Guid.Empty : Guid.NewGuid());
        }
        if (type == typeof(bool))
        {
            return JsonValue.Create(random.Next(2) == 0);
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            return random.Next(2) == 0 ? JsonValue.Create(random.Next(-100, 1000)) : JsonValue.Create(Pick(OddNumbers));
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return JsonValue.Create(random.Next(3) == 0 ? "0001-01-01T00:00:00Z" : DateTimeOffset.UtcNow.AddDays(random.Next(-4000, 4000)).ToString("O"));
        }
        return JsonValue.Create(String());
    }

    /// <summary>The body as sent: JSON most of the time, sometimes not JSON at all.</summary>
    public HttpContent? Body(Type? contract)
    {
        return random.Next(20) switch
        {
            0 => null,
            1 => new StringContent("", Encoding.UTF8, "application/json"),
            2 => new StringContent("<html><body>502 Bad Gateway</body></html>", Encoding.UTF8, "application/json"),
            3 => new StringContent("{\"unterminated\": [1, 2", Encoding.UTF8, "application/json"),
            4 => new StringContent("name=x&role=Administrator", Encoding.UTF8, "application/x-www-form-urlencoded"),
            5 => new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json"),
            6 => new StringContent((Value() ?? JsonValue.Create(0))!.ToJsonString(), Encoding.UTF8, "application/json"),
            _ => new StringContent(Shaped(contract)?.ToJsonString() ?? "null", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>A route value: one of the workspace's real ids, or something that is not one.</summary>
    /// <remarks>Without NUL: a request line cannot carry one (Kestrel answers 400 before the portal sees it; TestServer throws).</remarks>
    public string RouteValue(IReadOnlyList<string> realIds) => random.Next(3) == 0 && realIds.Count > 0
        ? Pick(realIds)
        : Uri.EscapeDataString(random.Next(4) == 0 ? Guid.NewGuid().ToString() : String().Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 and < 300 } s ? s : "x");

    public string Query(IEnumerable<string> names)
    {
        var pairs = names.Where(_ => random.Next(2) == 0).Select(n => $"{n}={Uri.EscapeDataString(QueryValue().Replace("\0", "", StringComparison.Ordinal))}").ToList();
        if (random.Next(4) == 0)
        {
            pairs.Add($"{Uri.EscapeDataString(Pick(OddStrings).Replace("\0", "", StringComparison.Ordinal))}={Uri.EscapeDataString(QueryValue().Replace("\0", "", StringComparison.Ordinal))}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private string QueryValue() => random.Next(3) switch
    {
        0 => random.Next(-1000, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => Pick(OddStrings),
        _ => String() is { Length: < 2000 } s ? s : "long",
    };
}
