using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Tests.Components;

/// <summary>In-memory stand-ins for the data interfaces, recording what the component asked for.</summary>
public sealed class FakeConnectionsApi(params ConnectionSummary[] connections) : IConnectionsApi
{
    public List<ConnectionSummary> Connections { get; } = [.. connections];
    public List<CreateConnectionRequest> Created { get; } = [];
    public ApiProblemException? FailCreateWith { get; set; }

    public Task<IReadOnlyList<ConnectorInfo>> GetCatalogAsync(CancellationToken ct = default) =>
        Task.FromResult(Pipe17Portal.Features.Connections.ConnectorCatalog.All);

    public Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ConnectionSummary>>([.. Connections]);

    public Task<ConnectionSummary> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Connections.Single(c => c.Id == id));

    public Task<ConnectionSummary> CreateAsync(CreateConnectionRequest request, CancellationToken ct = default)
    {
        if (FailCreateWith is not null)
        {
            throw FailCreateWith;
        }
        Created.Add(request);
        var connection = new ConnectionSummary(Guid.NewGuid(), request.Kind, request.DisplayName.Trim(), ConnectionStatus.NotConnected, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        Connections.Add(connection);
        return Task.FromResult(connection);
    }

    public Task<ConnectionSummary> UpdateAsync(Guid id, UpdateConnectionRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task DeleteAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeWorkspaceApi(WorkspaceInfo? workspace, ApiProblemException? failure = null) : IWorkspaceApi
{
    public Task<WorkspaceInfo> GetAsync(CancellationToken ct = default) =>
        failure is null ? Task.FromResult(workspace!) : Task.FromException<WorkspaceInfo>(failure);

    public Task<WorkspaceInfo> RenameAsync(RenameWorkspaceRequest request, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeOrdersApi(params OrderSummary[] orders) : IOrdersApi
{
    public List<OrderQuery> Queries { get; } = [];

    public Task<PagedResult<OrderSummary>> ListAsync(OrderQuery query, CancellationToken ct = default)
    {
        Queries.Add(query);
        return Task.FromResult(new PagedResult<OrderSummary>([.. orders.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], orders.Length, query.Page, query.PageSize));
    }

    public Task<OrderDetail> GetAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> GetSourcePayloadAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> GetEventPayloadAsync(Guid id, Guid eventId, CancellationToken ct = default) => throw new NotSupportedException();
}
