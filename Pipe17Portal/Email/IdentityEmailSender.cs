using System.Net;
using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Data;

namespace Pipe17Portal.Email;

/// <summary>Identity's account emails, sent through whichever <see cref="IEmailDelivery"/> is configured.</summary>
public sealed class IdentityEmailSender(IEmailDelivery delivery) : IEmailSender<ApplicationUser>
{
    // Identity passes links already HTML-encoded.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        delivery.SendAsync(email, "Confirm your Pipe17 Portal email", $"Confirm your email address by <a href='{confirmationLink}'>opening this link</a>.");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        delivery.SendAsync(email, "Reset your Pipe17 Portal password", $"Choose a new password by <a href='{resetLink}'>opening this link</a>. If you did not ask for this, ignore this email.");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        delivery.SendAsync(email, "Reset your Pipe17 Portal password", $"Your password reset code is {WebUtility.HtmlEncode(resetCode)}.");
}
