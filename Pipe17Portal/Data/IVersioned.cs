namespace Pipe17Portal.Data;

/// <summary>
/// A row that two writers can change at once (a job and a merchant, two jobs). <see cref="Version"/> is a concurrency
/// token raised by every save, so a write decided from a stale copy fails instead of silently overwriting the other.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
