using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>
/// The tests' own check of a result the SFCC client accepted: read through reflection, independently of the client, every
/// property, list element and dictionary value its type declares non-nullable must hold a value. The flows rely on exactly
/// that (the compiler makes them handle the nullable ones).
/// </summary>
public static class SfccAnswerPromises
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The path of the first null where the type promises a value, or null when every promise holds.</summary>
    public static string? FirstBroken(object? result) => result is null ? "$" : Walk(result, "$");

    private static string? Walk(object value, string path)
    {
        var type = value.GetType();
        if (type.Namespace?.StartsWith("Pipe17Portal.Connectors.Sfcc.Api", StringComparison.Ordinal) != true || type.IsEnum)
        {
            return null;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.IsDefined(typeof(JsonExtensionDataAttribute)) || property.IsDefined(typeof(JsonIgnoreAttribute)))
            {
                continue;
            }
            if (Check(property.GetValue(value), Nullability.Create(property), $"{path}.{property.Name}") is { } broken)
            {
                return broken;
            }
        }
        return null;
    }

    private static string? Check(object? value, NullabilityInfo? info, string path)
    {
        if (value is null)
        {
            return info?.ReadState == NullabilityState.NotNull ? path : null;
        }
        if (value is IDictionary dictionary)
        {
            var valueInfo = info?.GenericTypeArguments.ElementAtOrDefault(1);
            foreach (DictionaryEntry entry in dictionary)
            {
                if (Check(entry.Value, valueInfo, $"{path}[{entry.Key}]") is { } broken)
                {
                    return broken;
                }
            }
            return null;
        }
        if (value is IEnumerable items and not string)
        {
            var element = info?.ElementType ?? info?.GenericTypeArguments.FirstOrDefault();
            var index = 0;
            foreach (var item in items)
            {
                if (Check(item, element, $"{path}[{index++}]") is { } broken)
                {
                    return broken;
                }
            }
            return null;
        }
        return Walk(value, path);
    }
}
