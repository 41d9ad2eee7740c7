using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>TikTok's official examples (a copy of shared/fixtures/tiktok in Pipe17Portal.Tests/Fixtures/TikTok), and shape comparison against them.</summary>
public static class TikTokFixtures
{
    public static JsonElement Response(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "responses", name + ".json"))).RootElement;

    public static JsonElement Webhook(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "webhooks", name + ".json"))).RootElement;

    /// <summary>Every field the emulator sends that the fixture also has must be of the same JSON kind, at any depth.</summary>
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

    private static string Root([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "portal.sln")))
                {
                    var fixtures = Path.Combine(dir.FullName, "Pipe17Portal.Tests", "Fixtures", "TikTok");
                    if (Directory.Exists(fixtures))
                    {
                        return fixtures;
                    }
                }
            }
        }
        throw new DirectoryNotFoundException("Pipe17Portal.Tests/Fixtures/TikTok was not found below the folder holding portal.sln.");
    }
}
