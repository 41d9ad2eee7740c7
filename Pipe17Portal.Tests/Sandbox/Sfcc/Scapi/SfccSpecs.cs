using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Scapi;

/// <summary>
/// The official SCAPI OpenAPI files (a copy of shared/specs/sfcc in Pipe17Portal.Tests/Fixtures/Sfcc), read as text: the
/// files are regular enough (two-space indented paths, four-space schemas) that no YAML library is needed for these checks.
/// </summary>
public static class SfccSpecs
{
    public static string[] Lines(string file) => Fixtures.Lines("Sfcc/" + file);

    /// <summary>The HTTP methods the spec declares for a path such as /organizations/{organizationId}/product-search.</summary>
    public static IReadOnlyList<string> Methods(string file, string path)
    {
        var lines = Lines(file);
        var start = Array.FindIndex(lines, l => l == $"  {path}:");
        if (start < 0)
        {
            return [];
        }
        var methods = new List<string>();
        for (var i = start + 1; i < lines.Length && (lines[i].StartsWith("    ") || lines[i].Length == 0); i++)
        {
            if (lines[i].Length > 4 && lines[i][4] != ' ' && lines[i].TrimEnd().EndsWith(':'))
            {
                methods.Add(lines[i].Trim().TrimEnd(':').ToUpperInvariant());
            }
        }
        return methods;
    }

    /// <summary>The required property names of a schema under components/schemas (its first `required:` list).</summary>
    public static IReadOnlyList<string> Required(string file, string schema)
    {
        var lines = Lines(file);
        var start = Array.FindIndex(lines, l => l == $"    {schema}:");
        Assert.True(start >= 0, $"{file} has no schema {schema}");
        for (var i = start + 1; i < lines.Length && (lines[i].StartsWith("      ") || lines[i].Length == 0); i++)
        {
            if (lines[i] == "      required:")
            {
                return [.. lines.Skip(i + 1).TakeWhile(l => l.StartsWith("        - ")).Select(l => l.Trim()[2..].Trim())];
            }
        }
        return [];
    }
}
