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
        group.MapPost("/", (AskRequest request, IAskApi api, CancellationToken ct) => api.AskAsync(request, ct))
            .WithSummary("Answer a question in the merchant's words: what the related checks find in this workspace, the fixes, the help articles");
        group.MapPost("/warm-up", (IAskApi api, CancellationToken ct) => api.WarmUpAsync(ct))
            .WithSummary("Start loading the local sentence model (answers use keyword search until it is ready)");
    }
}
