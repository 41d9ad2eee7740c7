using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Sync;

/// <summary>What the sync engine needs of a connector: its kind, and how to (re)schedule a connection's flows.</summary>
public interface IConnector
{
    ConnectorKind Kind { get; }

    /// <summary>Schedules or stops the connection's flows according to its status and settings.</summary>
    Task ApplyScheduleAsync(Connection connection, CancellationToken ct);
}
