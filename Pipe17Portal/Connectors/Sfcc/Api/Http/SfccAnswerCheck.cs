using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Whether a deserialized answer keeps the promises its type makes. System.Text.Json puts null wherever SFCC sent null (and
/// leaves a list element null) even where the model declares the member non-nullable, so a flow would meet a
/// NullReferenceException far from the call. This reads the models' nullable annotations and names the first field that
/// is null although declared never null; the nullable ones the flows must handle (the compiler makes them).
/// </summary>
internal static class SfccAnswerCheck
{
    private sealed record Member(PropertyInfo Property, string WireName, NullabilityInfo Nullability);

    private static readonly ConcurrentDictionary<(Type, JsonNamingPolicy?), Member[]> MembersOf = new();

    /// <returns>The field's path as SFCC names it (e.g. <c>hits[0].data</c>), or null when every promise holds.</returns>
    public static string? FirstMissing(object answer, JsonSerializerOptions json) => Walk(answer, "", json.PropertyNamingPolicy);

    private static string? Walk(object value, string path, JsonNamingPolicy? naming)
    {
        var type = value.GetType();
        if (!IsModel(type))
        {
            return null;
        }
        foreach (var member in MembersOf.GetOrAdd((type, naming), key => Members(key.Item1, key.Item2)))
        {
            var at = path.Length == 0 ? member.WireName : $"{path}.{member.WireName}";
            if (Check(member.Property.GetValue(value), member.Nullability, at, naming) is { } missing)
            {
                return missing;
            }
        }
        return null;
    }

    private static string? Check(object? value, NullabilityInfo? nullability, string path, JsonNamingPolicy? naming)
    {
        switch (value)
        {
            case null:
                return nullability?.ReadState == NullabilityState.NotNull ? path : null;
            case IDictionary dictionary:
                var valueNullability = nullability?.GenericTypeArguments.ElementAtOrDefault(1);
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (Check(entry.Value, valueNullability, $"{path}.{entry.Key}", naming) is { } missing)
                    {
                        return missing;
                    }
                }
                return null;
            case IEnumerable items and not string:
                var element = nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault();
                var index = 0;
                foreach (var item in items)
                {
                    if (Check(item, element, $"{path}[{index++}]", naming) is { } missing)
                    {
                        return missing;
                    }
                }
                return null;
            default:
                return Walk(value, path, naming);
        }
    }

    // The SFCC wire models (and the token answer); JsonElement, strings and numbers hold no promises of their own.
    private static bool IsModel(Type type) =>
        !type.IsEnum && type.Namespace?.StartsWith(typeof(SfccClient).Namespace!, StringComparison.Ordinal) == true;

    private static Member[] Members(Type type, JsonNamingPolicy? naming)
    {
        var context = new NullabilityInfoContext(); // not thread-safe: one per type, built once
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && !p.IsDefined(typeof(JsonIgnoreAttribute)) && !p.IsDefined(typeof(JsonExtensionDataAttribute)))
            .Select(p => new Member(p, naming?.ConvertName(p.Name) ?? p.Name, context.Create(p)))];
    }
}
