using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Absolute links into the portal (invitations, later OAuth callbacks and webhooks): `Portal:PublicBaseUrl` when set,
/// otherwise the address the caller used.
/// </summary>
public sealed class PortalLinks(IConfiguration configuration, IHttpContextAccessor http, IServiceProvider services)
{
    public string BaseUrl
    {
        get
        {
            if (configuration["Portal:PublicBaseUrl"] is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }
            if (http.HttpContext?.Request is { } request)
            {
                return $"{request.Scheme}://{request.Host}{request.PathBase}";
            }
            return services.GetRequiredService<NavigationManager>().BaseUri.TrimEnd('/');
        }
    }

    public string AcceptInvitation(string token) =>
        QueryHelpers.AddQueryString($"{BaseUrl}/Account/AcceptInvitation", "token", token);
}
