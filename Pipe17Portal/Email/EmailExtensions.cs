using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Data;

namespace Pipe17Portal.Email;

public static class EmailExtensions
{
    public static IHostApplicationBuilder AddPortalEmail(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Email");
        builder.Services.Configure<EmailOptions>(section);
        if (string.IsNullOrWhiteSpace(section[nameof(EmailOptions.SmtpHost)]))
        {
            builder.Services.AddSingleton<IEmailDelivery, LogEmailDelivery>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailDelivery, SmtpEmailDelivery>();
        }
        builder.Services.AddSingleton<IEmailSender<ApplicationUser>, IdentityEmailSender>();
        return builder;
    }
}
