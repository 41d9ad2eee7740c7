namespace Pipe17Portal.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>Mounts the emulators and their control API under /sandbox. Off unless configured (on in Development).</summary>
    public bool Enabled { get; set; }

    /// <summary>The sandbox's own SQLite database; never the portal's tables.</summary>
    public string ConnectionString { get; set; } = "Data Source=App_Data/sandbox.db";

    /// <summary>
    /// Where the portal's server reaches the sandbox, e.g. http://localhost:5080 (a separate sandbox process, or a portal
    /// behind a proxy). Unset: the portal's own listening address. Never taken from a request.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>True when <see cref="BaseUrl"/> is unset, or an absolute http(s) address without query or user name.</summary>
    public bool BaseUrlIsUsable() =>
        string.IsNullOrWhiteSpace(BaseUrl)
        || (Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.UserInfo));
}
