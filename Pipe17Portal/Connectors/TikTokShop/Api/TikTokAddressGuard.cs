namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>
/// The outbound address rule for TikTok calls: TikTok Shop's own https API hosts, or the portal's sandbox emulator at
/// the address the server knows (<see cref="TikTokApiOptions.SandboxBase"/>). A connection's stored sandbox address
/// must not turn the portal into a proxy towards internal addresses.
/// </summary>
public static class TikTokAddressGuard
{
    /// <summary>The hosts the server calls (the authorize page is opened by the merchant's browser, not by the server).</summary>
    public static IReadOnlyList<string> ProductionHosts { get; } =
        [TikTokEndpoints.Production.OpenApiBaseUrl.IdnHost, TikTokEndpoints.Production.AuthBaseUrl.IdnHost];

    /// <summary>Null when <paramref name="target"/> may be called, otherwise a sentence saying why not.</summary>
    public static string? Check(Uri target, Uri? sandboxBase)
    {
        if (!target.IsAbsoluteUri)
        {
            return $"'{target}' is not an absolute address.";
        }
        var sandboxRoot = sandboxBase is null ? null : new Uri(new Uri(sandboxBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), "sandbox/tiktok/");
        if (sandboxRoot is not null && IsUnder(target, sandboxRoot))
        {
            return null;
        }
        if (target.Scheme == Uri.UriSchemeHttps && target.IsDefaultPort && string.IsNullOrEmpty(target.UserInfo)
            && ProductionHosts.Contains(target.IdnHost.ToLowerInvariant()))
        {
            return null;
        }
        var sandbox = sandboxRoot is null ? "" : $" or the portal's own sandbox ({sandboxRoot})";
        return $"'{target.GetLeftPart(UriPartial.Authority)}' was refused: the portal only calls TikTok Shop's API hosts " +
            $"(https://{string.Join(", https://", ProductionHosts)}){sandbox}. For a sandbox connection, click Use sandbox again to store the portal's own address.";
    }

    private static bool IsUnder(Uri target, Uri root) =>
        string.Equals(target.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.IdnHost, root.IdnHost, StringComparison.OrdinalIgnoreCase)
        && target.Port == root.Port
        && string.IsNullOrEmpty(target.UserInfo)
        && !target.AbsolutePath.Contains("/../", StringComparison.Ordinal)
        && target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal);
}
