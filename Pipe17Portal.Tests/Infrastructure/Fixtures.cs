using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>
/// The tests' reader of Pipe17Portal.Tests/Fixtures, by path below it: TikTok's official examples (`TikTok/responses`,
/// `TikTok/requests`, `TikTok/webhooks`, a copy of shared/fixtures/tiktok), SFCC's official API specs (`Sfcc/`, a copy
/// of shared/specs/sfcc), and SFCC answers as the portal's client received them from the SFCC emulator (`Sfcc/responses`,
/// one per endpoint the flows call, recorded once through the real client); and the check that a reply has the shape of
/// such an example.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Folder = new(() => Find());

    /// <summary>e.g. <c>Fixtures.Text("TikTok/responses/OrderSearchOrdersResponse.json")</c>.</summary>
    public static string Text(string path) => File.ReadAllText(Path.Combine(Folder.Value, path));

    public static string[] Lines(string path) => File.ReadAllLines(Path.Combine(Folder.Value, path));

    public static JsonElement Json(string path) => JsonDocument.Parse(Text(path)).RootElement;

    /// <summary>Every field the reply has that the fixture also has must be of the same JSON kind, at any depth.</summary>
    public static void AssertSameShape(JsonElement fixture, JsonElement actual, string path = "$")
    {
        Assert.True(Kind(fixture) == Kind(actual), $"{path}: the fixture has a {fixture.ValueKind}, the emulator sent a {actual.ValueKind} ({actual})");
        if (actual.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in actual.EnumerateObject())
            {
                if (fixture.TryGetProperty(property.Name, out var expected) && expected.ValueKind != JsonValueKind.Null && property.Value.ValueKind != JsonValueKind.Null)
                {
                    AssertSameShape(expected, property.Value, $"{path}.{property.Name}");
                }
            }
        }
        else if (actual.ValueKind == JsonValueKind.Array && fixture.GetArrayLength() > 0)
        {
            var index = 0;
            foreach (var item in actual.EnumerateArray())
            {
                AssertSameShape(fixture[0], item, $"{path}[{index++}]");
            }
        }
    }

    public static void AssertHas(JsonElement element, params string[] fields)
    {
        foreach (var field in fields)
        {
            Assert.True(element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null, $"Missing '{field}' in {element}");
        }
    }

    private static JsonValueKind Kind(JsonElement e) => e.ValueKind == JsonValueKind.False ? JsonValueKind.True : e.ValueKind;

    private static string Find([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var fixtures = Path.Combine(dir.FullName, "Pipe17Portal.Tests", "Fixtures");
                if (File.Exists(Path.Combine(dir.FullName, "portal.sln")) && Directory.Exists(fixtures))
                {
                    return fixtures;
                }
            }
        }
        throw new DirectoryNotFoundException("Pipe17Portal.Tests/Fixtures was not found below the folder holding portal.sln.");
    }
}
