using System.Runtime.CompilerServices;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fixtures;

/// <summary>TikTok's official doc examples (shared/fixtures/tiktok), read from beside this file.</summary>
public static class TikTokFixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder(), name));

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
