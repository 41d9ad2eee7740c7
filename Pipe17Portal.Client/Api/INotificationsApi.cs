using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The workspace's notifications (the bell) and its alert settings. Read state is per member.</summary>
public interface INotificationsApi
{
    /// <summary>Unread first, then the most recently seen.</summary>
    [Get("/api/v1/notifications")]
    Task<NotificationPage> ListAsync(int page = 1, int pageSize = 20, CancellationToken ct = default);

    [Get("/api/v1/notifications/unread-count")]
    Task<UnreadCountInfo> UnreadCountAsync(CancellationToken ct = default);

    [Post("/api/v1/notifications/{id}/read")]
    Task MarkReadAsync(Guid id, CancellationToken ct = default);

    [Post("/api/v1/notifications/read-all")]
    Task<MarkedReadInfo> MarkAllReadAsync(CancellationToken ct = default);

    [Get("/api/v1/alerts/settings")]
    Task<AlertSettingsInfo> GetSettingsAsync(CancellationToken ct = default);

    /// <summary>Developer or Administrator.</summary>
    [Put("/api/v1/alerts/settings")]
    Task<AlertSettingsInfo> UpdateSettingsAsync([Body] AlertSettingsInfo settings, CancellationToken ct = default);
}
