using Microsoft.Extensions.Hosting;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Tests.Features.Common;

public class PortalOptionsValidationTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Pipe17Portal";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private static string? Failure(string environment, string? url, bool local = false) =>
        new PortalOptionsValidation(new Environment(environment))
            .Validate(null, new PortalOptions { PublicBaseUrl = url, LinksFromListeningAddress = local }).FailureMessage;

    [Theory]
    [InlineData("Production", "https://portal.example.com")]
    [InlineData("Production", "https://portal.example.com/pipe17/")]
    [InlineData("Development", null)]
    [InlineData("Development", "http://localhost:5080")]
    public void AcceptsAWellFormedAddressAndNoneOutsideProduction(string environment, string? url) =>
        Assert.Null(Failure(environment, url));

    [Fact]
    public void ProductionNeedsTheAddressAndSaysHowToSetIt()
    {
        var failure = Failure("Production", " ");

        Assert.Contains("Portal:PublicBaseUrl is required in Production", failure);
        Assert.Contains("Portal__PublicBaseUrl", failure);
        Assert.Null(Failure("Production", null, local: true));
    }

    [Theory]
    [InlineData("portal.example.com")]
    [InlineData("ftp://portal.example.com")]
    [InlineData("https://portal.example.com/?next=x")]
    public void RefusesWhatIsNotAPlainHttpAddress(string url) =>
        Assert.Contains($"Portal:PublicBaseUrl '{url}' is not an http(s) address", Failure("Development", url));
}
