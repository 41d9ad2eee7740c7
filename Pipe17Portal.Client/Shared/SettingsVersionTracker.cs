namespace Pipe17Portal.Client.Shared;

/// <summary>
/// The settings version the panels of a connection page share. Every panel saves onto the same connection, whose version
/// goes up with each save, so saving one panel and then another would refuse the second as "changed by someone else" when
/// the only change was the first panel's. A save that sent version n and got n + 1 back was this page's alone (the server
/// checked n, and anyone else's write in between would have moved the version further) and changed only that panel's
/// fields: a panel that read n may send n + 1. Only such saves are recorded, so any other change still answers 409.
/// </summary>
public sealed class SettingsVersionTracker
{
    private readonly Dictionary<(Guid Connection, int Version), int> ownSaves = [];

    /// <summary>Records a save of <paramref name="connection"/> from this page that sent <paramref name="sent"/> and got <paramref name="now"/> back.</summary>
    public void Saved(Guid connection, int? sent, int now)
    {
        if (sent is { } before && now == before + 1)
        {
            ownSaves[(connection, before)] = now;
        }
    }

    /// <summary>The version to send for a form read at <paramref name="read"/>: moved on past this page's own saves since.</summary>
    public int? Current(Guid connection, int? read)
    {
        var version = read;
        while (version is { } v && ownSaves.TryGetValue((connection, v), out var next))
        {
            version = next;
        }
        return version;
    }
}
