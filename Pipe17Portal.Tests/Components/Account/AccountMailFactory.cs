using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Email;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Components.Account;

/// <summary>The portal with a public address configured and a mail server that records what the account pages send.</summary>
public class AccountMailFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://portal.example.com";

    public RecordingEmailDelivery Email { get; } = new();

    protected virtual string? ConfiguredBaseUrl => PublicBaseUrl;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (ConfiguredBaseUrl is { } url)
        {
            builder.UseSetting("Portal:PublicBaseUrl", url);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<IEmailDelivery>(Email));
    }

    /// <summary>The only link in the last mail sent to the address (the pages HTML-encode it into an href).</summary>
    public string LinkMailedTo(string address)
    {
        var mail = Email.To(address);
        Assert.NotEmpty(mail);
        var href = System.Text.RegularExpressions.Regex.Match(mail[^1].HtmlBody, "href='([^']+)'").Groups[1].Value;
        return System.Net.WebUtility.HtmlDecode(href);
    }
}

/// <summary>The same without `Portal:PublicBaseUrl`, as in Development.</summary>
public sealed class AccountMailWithoutPublicUrlFactory : AccountMailFactory
{
    protected override string? ConfiguredBaseUrl => null;
}
