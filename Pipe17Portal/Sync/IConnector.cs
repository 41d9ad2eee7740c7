using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Sync;

/// <summary>What the sync engine needs of a connector: its kind, its flows, and how to (re)schedule a connection's flows.</summary>
public interface IConnector
{
    ConnectorKind Kind { get; }

    /// <summary>Schedules or stops the connection's flows according to its status and settings.</summary>
    Task ApplyScheduleAsync(Connection connection, CancellationToken ct);

    /// <summary>Every flow the connector runs for the connection, each with whether its settings switch it on.</summary>
    IReadOnlyList<ConnectorFlow> Flows(Connection connection);
}
