using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.ApiKeys;

public sealed class ApiKeysEndpoints : IEndpointGroup
{
    public static string Prefix => "/api-keys";
    public static string Tag => "API keys";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IApiKeysApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("List API keys (Developer)");
        group.MapPost("/", async (CreateApiKeyRequest request, IApiKeysApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/api-keys/{created.Key.Id}", created);
            })
            .WithSummary("Create an API key; the secret is returned once (Developer)");
        group.MapDelete("/{id:guid}", async (Guid id, IApiKeysApi api, CancellationToken ct) =>
            {
                await api.RevokeAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke an API key (Developer)");
    }
}
