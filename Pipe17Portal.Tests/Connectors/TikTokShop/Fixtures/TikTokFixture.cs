using System.Runtime.CompilerServices;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fixtures;

/// <summary>TikTok's official doc examples (a copy of shared/fixtures/tiktok kept in Pipe17Portal.Tests/Fixtures/TikTok).</summary>
public static class TikTokFixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), "..", "..", "..", "Fixtures", "TikTok", "responses", name));

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
