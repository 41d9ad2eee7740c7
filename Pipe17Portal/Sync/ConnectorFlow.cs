namespace Pipe17Portal.Sync;

/// <summary>
/// One flow a connector runs for a connection, as the Integrations page lists it.
/// </summary>
/// <param name="Key">The Quartz job name of the flow (see <see cref="ConnectionJobs"/>), used by Run now.</param>
/// <param name="RunNames">The names its runs are recorded under (<see cref="SyncRun.Flow"/>); the first is the scheduled run.</param>
/// <param name="Name">What the merchant calls it, e.g. "Orders to Salesforce".</param>
/// <param name="Enabled">Whether the connection's settings switch it on.</param>
/// <param name="Setting">The setting that switches it, as the connection page labels it.</param>
public sealed record ConnectorFlow(string Key, IReadOnlyList<string> RunNames, string Name, bool Enabled, string Setting);
