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

    /// <summary>
    /// The secret a caller that is not on this machine sends in <c>X-Sandbox-Control-Token</c> to use the control API
    /// (a portal process whose sandbox runs in another process sets the same value). Empty: loopback callers only, and the
    /// portal's own consoles use a token made up at start.
    /// </summary>
    public string ControlToken { get; set; } = "";

    /// <summary>How much one caller may ask the emulators to hold.</summary>
    public SandboxLimits Limits { get; set; } = new();
}

/// <summary>Configuration section <c>Sandbox:Limits</c>: sizes the control API refuses beyond (the benchmarks raise them), and the portal's share per workspace.</summary>
public sealed class SandboxLimits
{
    /// <summary>Sandbox accounts that may be created in any hour, all callers together.</summary>
    public int AccountsPerHour { get; set; } = 200;

    /// <summary>
    /// New sandbox accounts one workspace may have the portal make in any hour (enforced by the portal's *Use sandbox*, not the
    /// control API), so that one workspace cannot use up <see cref="AccountsPerHour"/> for every merchant. A workspace keeps
    /// its account; a new one is made only when the sandbox no longer has it.
    /// </summary>
    public int AccountsPerWorkspacePerHour { get; set; } = 3;

    /// <summary>Products (masters and variants) one generated catalog may hold, in SFCC and in the TikTok shop alike.</summary>
    public int MaxCatalogProducts { get; set; } = 20_000;

    /// <summary>TikTok orders one POST …/tiktok/orders may place.</summary>
    public int MaxOrdersPerBatch { get; set; } = 2_000;
}
