using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>Support requests and the diagnostic bundle attached to them (readable before sending; every secret redacted).</summary>
public interface ISupportApi
{
    /// <summary>The diagnostic bundle as pretty-printed JSON (served as a download).</summary>
    [Get("/api/v1/support/bundle")]
    Task<string> GetBundleAsync(CancellationToken ct = default);

    [Post("/api/v1/support/requests")]
    Task<SupportRequestInfo> SendAsync([Body] SupportRequestForm form, CancellationToken ct = default);

    [Get("/api/v1/support/requests")]
    Task<IReadOnlyList<SupportRequestInfo>> ListAsync(CancellationToken ct = default);
}
