using Pipe17Portal.Client.Api;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// The check every settings save makes first: the version the page read must still be the row's. Each save sends the
/// whole form, so saving a form opened before someone else's save would silently undo their change.
/// </summary>
public static class SettingsVersion
{
    public const string StaleMessage =
        "These settings were changed by someone else since you opened them; reload the page to see their changes, then make yours again.";

    /// <summary>Throws 409 when <paramref name="read"/> is given and is not the current version (null: the caller overwrites on purpose).</summary>
    public static void Require(IVersioned current, int? read)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (read is { } version && version != current.Version)
        {
            throw ApiProblemException.Conflict(StaleMessage);
        }
    }
}
