using System.Net;
using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Support;

namespace Pipe17Portal.Tests.Client.Features.Support;

public class SupportRequestPanelTests : PortalComponentTest
{
    private readonly FakeSupportApi api = new();

    public SupportRequestPanelTests() => Services.AddSingleton<ISupportApi>(api);

    [Fact]
    public void AnEmptyFormNamesWhatIsMissingAndSendsNothing()
    {
        var cut = Render<SupportRequestPanel>(p => p.Add(c => c.DefaultContactEmail, ""));

        cut.Find("[data-testid=support-send]").Click();

        Assert.Contains("Give the request a subject", cut.Markup);
        Assert.Contains("Describe what happened", cut.Markup);
        Assert.Contains("Give an email address where support can answer", cut.Markup);
        Assert.Empty(api.Sent);
    }

    [Fact]
    public void TheBundleCanBeDownloadedAndReadBeforeSending()
    {
        var cut = Render<SupportRequestPanel>(p => p.Add(c => c.DefaultContactEmail, "owner@acme.test"));

        Assert.Equal("api/v1/support/bundle", cut.Find("a[data-testid=support-bundle-download]").GetAttribute("href"));
        cut.Find("[data-testid=support-bundle-show]").Click();

        Assert.Contains("\"portalVersion\": \"1.0.0\"", cut.Find("[data-testid=support-bundle]").TextContent);
    }

    [Fact]
    public void ASentRequestShowsItsReferenceAndTheContactDefaultsToTheMember()
    {
        var cut = Render<SupportRequestPanel>(p => p.Add(c => c.DefaultContactEmail, "owner@acme.test"));

        cut.Find("input[data-testid=support-subject]").Change("Tracking not on TikTok");
        cut.Find("textarea[data-testid=support-description]").Change("TT-1 shipped two days ago.");
        cut.Find("[data-testid=support-send]").Click();

        var sent = Assert.Single(api.Sent);
        Assert.Equal("owner@acme.test", sent.ContactEmail);
        Assert.Equal(SupportUrgency.Normal, sent.Urgency);
        Assert.Equal("SR-20261205-7KQ2XM", cut.Find("[data-testid=support-reference]").TextContent);
        Assert.Contains("emailed with the diagnostic bundle to support@pipe17.com", cut.Find("[data-testid=support-sent]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=support-send]"));
    }

    [Fact]
    public void TheServersFieldErrorsAreShownBesideTheFields()
    {
        api.FailSendWith = ApiProblemException.Invalid(new Dictionary<string, string[]> { ["contactEmail"] = ["'x@y' is not an email address support can answer."] });
        var cut = Render<SupportRequestPanel>(p => p.Add(c => c.DefaultContactEmail, "x@y"));

        cut.Find("input[data-testid=support-subject]").Change("Help");
        cut.Find("textarea[data-testid=support-description]").Change("Something.");
        cut.Find("[data-testid=support-send]").Click();

        Assert.Contains("'x@y' is not an email address support can answer.", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=support-sent]"));
    }
}
