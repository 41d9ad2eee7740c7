using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Absolute links into the portal (mailed password resets, confirmations and invitations; OAuth callbacks; webhooks):
/// `Portal:PublicBaseUrl` (required in Production), else the server's own listening address. Never the request's Host
/// header: a forged Host on *Forgot password* would otherwise mail the victim a valid code on someone else's site.
/// </summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IServer server)
{
    /// <summary>The portal's base address, with its trailing slash (alert mails resolve relative fix links against it).</summary>
    public Uri BaseUri => options.Value.PublicBase ?? ServerAddress.Listening(server);

    public string BaseUrl => BaseUri.AbsoluteUri.TrimEnd('/');

    public string AcceptInvitation(string token) =>
        QueryHelpers.AddQueryString($"{BaseUrl}/Account/AcceptInvitation", "token", token);

    public string ResetPassword(string code) =>
        QueryHelpers.AddQueryString($"{BaseUrl}/Account/ResetPassword", "code", code);

    public string ConfirmEmail(string userId, string code, string? returnUrl = null) =>
        QueryHelpers.AddQueryString($"{BaseUrl}/Account/ConfirmEmail",
            new Dictionary<string, string?> { ["userId"] = userId, ["code"] = code, ["returnUrl"] = returnUrl });

    public string ConfirmEmailChange(string userId, string email, string code) =>
        QueryHelpers.AddQueryString($"{BaseUrl}/Account/ConfirmEmailChange",
            new Dictionary<string, string?> { ["userId"] = userId, ["email"] = email, ["code"] = code });
}
