using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// One automated troubleshooting check: it looks at the workspace's live settings, data and (where it must) the external
/// systems, and says pass, warn, fail or skipped, with the evidence and the fix. Checks live with what they check
/// (<c>Connectors/Sfcc/Checks</c>, <c>Connectors/TikTokShop/Checks</c>, <c>Troubleshooting/Checks</c> for the workspace's
/// orders) and are registered as scoped services; the runner gives each its own scope, so they run side by side.
/// </summary>
public interface ICheck
{
    /// <summary>Stable, dotted, e.g. <c>sfcc.b2c-client</c>; stored with results and used by help articles' front matter.</summary>
    string Key { get; }

    string Title { get; }

    CheckArea Area { get; }

    /// <summary>The help article that explains what this check looks at and how to fix it (<c>/help/{slug}</c>).</summary>
    string HelpSlug { get; }

    /// <summary>Never throws for a problem it finds; the runner turns an unexpected exception into a failed result.</summary>
    Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct);
}
