using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.Alerts;

public sealed class NotificationsEndpoints : IEndpointGroup
{
    public static string Prefix => "/notifications";
    public static string Tag => "Alerts";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (int? page, int? pageSize, INotificationsApi api, CancellationToken ct) => api.ListAsync(page ?? 1, pageSize ?? 20, ct))
            .WithSummary("The workspace's notifications, unread first, paged (read state is the caller's)");
        group.MapGet("/unread-count", (INotificationsApi api, CancellationToken ct) => api.UnreadCountAsync(ct))
            .WithSummary("How many notifications the caller has not read");
        group.MapPost("/{id:guid}/read", async (Guid id, INotificationsApi api, CancellationToken ct) =>
            {
                await api.MarkReadAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Mark one notification read for the caller");
        group.MapPost("/read-all", (INotificationsApi api, CancellationToken ct) => api.MarkAllReadAsync(ct))
            .WithSummary("Mark every notification read for the caller");
    }
}

public sealed class AlertSettingsEndpoints : IEndpointGroup
{
    public static string Prefix => "/alerts";
    public static string Tag => "Alerts";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/settings", (INotificationsApi api, CancellationToken ct) => api.GetSettingsAsync(ct))
            .WithSummary("The workspace's alert settings: muted kinds, email to Administrators, thresholds");
        group.MapPut("/settings", (AlertSettingsInfo settings, INotificationsApi api, CancellationToken ct) => api.UpdateSettingsAsync(settings, ct))
            .WithSummary("Change the alert settings (Developer)");
    }
}
