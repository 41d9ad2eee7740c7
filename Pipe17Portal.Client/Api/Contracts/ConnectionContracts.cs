namespace Pipe17Portal.Client.Api.Contracts;

public enum ConnectorKind
{
    TikTokShop = 1,
    SalesforceCommerceCloud = 2,
}

public enum ConnectionStatus
{
    NotConnected = 0,
    Connected = 1,
    NeedsReauthorization = 2,
    Error = 3,
}

/// <summary>One entry of the connector catalog: what the connector is and which flows it carries.</summary>
public sealed record ConnectorInfo(ConnectorKind Kind, string Name, string Description, IReadOnlyList<string> Flows);

public sealed record ConnectionSummary(
    Guid Id,
    ConnectorKind Kind,
    string DisplayName,
    ConnectionStatus Status,
    string? StatusMessage,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record CreateConnectionRequest(ConnectorKind Kind, string DisplayName);

public sealed record UpdateConnectionRequest(string DisplayName);
