using System.Text;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>Whether the OCAPI settings let the portal's client call a resource with a method (see <see cref="ISfccOcapiProbeApi"/>).</summary>
public sealed class SfccOcapiProbeClient(SfccContext context, ISfccOcapiProbeApi api)
{
    /// <summary>The id put where a resource has a wildcard (except the site, which must be the connection's).</summary>
    public const string ProbeId = "pipe17-permission-probe";
    public const string ForbiddenFault = "ClientAccessForbiddenException";

    /// <param name="shop">True for OCAPI Shop (the connection's version and site), false for OCAPI Data.</param>
    /// <param name="resource">The resource id as the settings write it, e.g. <c>/baskets/*/items</c>.</param>
    /// <returns>Success when OCAPI answered anything but a refusal of the client's access; the error otherwise.</returns>
    public async Task<SfccResult<SfccAck>> CallAsync(bool shop, string resource, string method, CancellationToken ct)
    {
        var c = context.Credentials;
        var segments = resource.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "*")
            {
                segments[i] = i > 0 && segments[i - 1] == "sites" ? Uri.EscapeDataString(c.SiteId) : ProbeId;
            }
        }
        var path = shop
            ? $"s/{Uri.EscapeDataString(c.SiteId)}/dw/shop/v{c.OcapiVersion.TrimStart('v', 'V')}/{string.Join('/', segments)}"
            : $"s/-/dw/data/v{SfccDataClient.DataVersion}/{string.Join('/', segments)}";
        var endpoint = $"{method.ToUpperInvariant()} {(shop ? "/s/{site}/dw/shop/v{version}" : "/s/-/dw/data/v{version}")}{resource}";
        var site = new SfccCallSite(endpoint, shop ? "OCAPI Shop" : "OCAPI Data", null, c.OcapiClientId);
        var result = await SfccCall.SendAsync<SfccAck>(site, () => method.ToLowerInvariant() switch
        {
            "get" => api.GetAsync(path, ct),
            "delete" => api.DeleteAsync(path, ct),
            "post" => api.PostAsync(path, Unparsable(), ct),
            "put" => api.PutAsync(path, Unparsable(), ct),
            "patch" => api.PatchAsync(path, Unparsable(), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "OCAPI methods are get, post, put, patch and delete."),
        }, SfccJson.Ocapi, ct);
        return result.IsSuccess || result.Error.FaultType == ForbiddenFault || result.Error.Kind is not (SfccErrorKind.Api or SfccErrorKind.NotFound or SfccErrorKind.Conflict)
            ? result
            : SfccResult<SfccAck>.Success(SfccAck.Instance);
    }

    // Not JSON: OCAPI refuses it (400) after it has checked the client's access, so the call can never change anything.
    private static StringContent Unparsable() => new("{", Encoding.UTF8, "application/json");
}
