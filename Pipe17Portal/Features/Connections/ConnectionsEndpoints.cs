using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Connections;

public sealed class ConnectorsEndpoints : IEndpointGroup
{
    public static string Prefix => "/connectors";
    public static string Tag => "Connections";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (IConnectionsApi api, CancellationToken ct) => api.GetCatalogAsync(ct))
            .WithSummary("The connector catalog");
}

public sealed class ConnectionsEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections";
    public static string Tag => "Connections";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IConnectionsApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("List the workspace's connections");
        group.MapGet("/{id:guid}", (Guid id, IConnectionsApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("Get one connection");
        group.MapPost("/", async (CreateConnectionRequest request, IConnectionsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/connections/{created.Id}", created);
            })
            .WithSummary("Add a connection (Developer)");
        group.MapPut("/{id:guid}", (Guid id, UpdateConnectionRequest request, IConnectionsApi api, CancellationToken ct) =>
                api.UpdateAsync(id, request, ct))
            .WithSummary("Rename a connection (Developer)");
        group.MapDelete("/{id:guid}", async (Guid id, IConnectionsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a connection and stop its flows (Developer)");
    }
}
