using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Troubleshooting.Ask;

public sealed class AskEndpoints : IEndpointGroup
{
    public static string Prefix => "/ask";
    public static string Tag => "Troubleshooting";

    public static void Map(RouteGroupBuilder group)
    {
        // Nullable, so that an empty body or a JSON null reaches the service and is told to type a question (instead of the
        // framework's message about an inferred body parameter).
        group.MapPost("/", (AskRequest? request, IAskApi api, CancellationToken ct) => api.AskAsync(request ?? new AskRequest(), ct))
            .WithSummary("Answer a question in the merchant's words: what the related checks find in this workspace, the fixes, the help articles");
        group.MapPost("/warm-up", (IAskApi api, CancellationToken ct) => api.WarmUpAsync(ct))
            .WithSummary("Start loading the local sentence model (answers use keyword search until it is ready)");
    }
}
