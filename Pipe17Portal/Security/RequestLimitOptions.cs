using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Security;

/// <summary>`RequestLimits:*`: how big and how long a request may be.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Largest body the portal API accepts; its JSON inputs (settings, mapping scripts, invitations) are far smaller.</summary>
    [Range(16 * 1024, 64 * 1024 * 1024)]
    public long ApiMaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest body anywhere else (Kestrel's own limit: sign-in forms, webhooks, the sandbox emulators).</summary>
    [Range(64 * 1024, 256 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>A request still running after this is cancelled and answered 504 (the Blazor circuit and the sandbox control API excepted).</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 100;
}
