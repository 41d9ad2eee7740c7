using System.Text;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Support;

public sealed class SupportEndpoints : IEndpointGroup
{
    public static string Prefix => "/support";
    public static string Tag => "Support";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/bundle", async (ISupportApi api, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await api.GetBundleAsync(ct)), "application/json", "pipe17-diagnostic-bundle.json"))
            .WithSummary("The diagnostic bundle a support request attaches (pretty-printed JSON, secrets redacted), as a download");
        group.MapPost("/requests", async (SupportRequestForm form, ISupportApi api, CancellationToken ct) =>
            {
                var created = await api.SendAsync(form, ct);
                return TypedResults.Created($"/api/v1/support/requests/{created.Id}", created);
            })
            .WithSummary("Send a support request with the diagnostic bundle; it is stored first and answered with a reference number");
        group.MapGet("/requests", (ISupportApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithSummary("This workspace's latest support requests");
    }
}
