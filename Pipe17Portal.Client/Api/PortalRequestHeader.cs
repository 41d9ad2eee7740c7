namespace Pipe17Portal.Client.Api;

/// <summary>
/// The header the portal's own pages send with every API call. The server requires it on cookie-authenticated writes:
/// another site can make a browser send the cookie, but not a custom header, so this stops cross-site requests.
/// </summary>
public static class PortalRequestHeader
{
    public const string Name = "X-Requested-With";
    public const string Value = "Pipe17Portal";
}
