using Refit;

namespace Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

/// <summary>
/// Any OCAPI path with any method, for the permission probe: each resource the portal's flows use is called once with
/// ids that name nothing and (for writes) a body that does not parse, so OCAPI answers 403 when the settings do not allow
/// it and 400/404 when they do — and nothing is ever created or changed.
/// </summary>
public interface ISfccOcapiProbeApi
{
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetAsync(string path, CancellationToken ct);

    [Delete("/{**path}")]
    Task<HttpResponseMessage> DeleteAsync(string path, CancellationToken ct);

    [Post("/{**path}")]
    Task<HttpResponseMessage> PostAsync(string path, [Body] HttpContent body, CancellationToken ct);

    [Put("/{**path}")]
    Task<HttpResponseMessage> PutAsync(string path, [Body] HttpContent body, CancellationToken ct);

    [Patch("/{**path}")]
    Task<HttpResponseMessage> PatchAsync(string path, [Body] HttpContent body, CancellationToken ct);
}
