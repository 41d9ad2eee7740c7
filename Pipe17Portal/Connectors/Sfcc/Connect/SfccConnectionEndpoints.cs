using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

public sealed class SfccConnectionEndpoints : IEndpointGroup
{
    public static string Prefix => "/connections/{id:guid}/sfcc";
    public static string Tag => "Salesforce Commerce Cloud";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (Guid id, ISfccConnectionApi api, CancellationToken ct) => api.GetAsync(id, ct))
            .WithSummary("The Salesforce settings of a connection, its last checks and the OCAPI settings to paste");
        group.MapPut("/", (Guid id, SfccSettingsUpdate update, ISfccConnectionApi api, CancellationToken ct) => api.SaveAsync(id, update, ct))
            .WithSummary("Save credentials and catalog settings (Developer)");
        group.MapPost("/use-sandbox", (Guid id, ISfccConnectionApi api, CancellationToken ct) => api.UseSandboxAsync(id, ct))
            .WithSummary("Fill the settings from the workspace's sandbox instance and connect (Developer)");
        group.MapPost("/connect", (Guid id, ISfccConnectionApi api, CancellationToken ct) => api.ConnectAsync(id, ct))
            .WithSummary("Run every Connect check in order (Developer)");
    }
}
