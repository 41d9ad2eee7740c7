using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Checks;

/// <summary>The Salesforce connection checks against the sandbox, each broken on purpose through the control API.</summary>
public class SfccConnectionChecksTests(PortalFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static readonly string[] Keys =
    [
        "sfcc.connection-status", "sfcc.settings", "sfcc.b2c-client", "sfcc.shop-client", "sfcc.ocapi-client", "sfcc.bm-user", "sfcc.site",
        "sfcc.ocapi-resources", "sfcc.catalog-flow", "sfcc.inventory-flow", "sfcc.fulfillment-flow",
    ];

    [Fact]
    public async Task AFreshSandboxSetUpAsTheGuideSaysPassesEverySalesforceCheck()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        await TikTokConnectionSeed.CreateAsync(factory, setup.Owner);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await (await setup.Browser.PostAsync("/api/v1/checks/run", null)).ReadAsync<List<CheckResultInfo>>();
        watch.Stop();

        var sfcc = results.Where(r => r.Key.StartsWith("sfcc.", StringComparison.Ordinal)).ToList();
        // A figure for the report, not an assertion: every check of the workspace, run side by side.
        output.WriteLine($"All {results.Count} checks: {watch.ElapsedMilliseconds} ms; " + string.Join(", ", sfcc.Select(r => $"{r.Key} {r.DurationMs} ms")));
        Assert.Equal(Keys.Order(), sfcc.Select(r => r.Key).Order());
        Assert.All(sfcc, r => Assert.True(r.Outcome == CheckOutcome.Pass, $"{r.Key}: {r.Outcome} {r.Summary}\n{string.Join("\n", r.Evidence)}"));
        Assert.Contains(sfcc.Single(r => r.Key == "sfcc.b2c-client").Evidence, e => e == "sfcc.inventory.reservations.rw: allowed.");
    }

    [Fact]
    public async Task WithoutASalesforceConnectionEachCheckSaysSoAndLinksToIntegrations()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var results = await (await browser.PostAsync("/api/v1/checks/run", null)).ReadAsync<List<CheckResultInfo>>();

        var sfcc = results.Where(r => r.Key.StartsWith("sfcc.", StringComparison.Ordinal)).ToList();
        Assert.Equal(Keys.Length, sfcc.Count);
        Assert.All(sfcc, r =>
        {
            Assert.Equal(CheckOutcome.Skipped, r.Outcome);
            Assert.Contains("no Salesforce connection", r.Summary);
            Assert.Equal("integrations", r.Fix!.Href);
        });
    }

    [Fact]
    public async Task AMissingScopeTheFlowsNeedFailsAndOneOnlyTheGuideListsWarns()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        await setup.RemoveScopeAsync(setup.View.B2cClientId, "sfcc.inventory.reservations.rw");
        var warned = await setup.RunAsync("sfcc.b2c-client");
        await setup.RemoveScopeAsync(setup.View.B2cClientId, "sfcc.products.rw");
        var failed = await setup.RunAsync("sfcc.b2c-client");

        Assert.Equal(CheckOutcome.Warn, warned.Outcome);
        Assert.Contains("sfcc.inventory.reservations.rw", warned.Summary);
        Assert.Equal(CheckOutcome.Fail, failed.Outcome);
        Assert.Contains("sfcc.products.rw", failed.Summary);
        Assert.DoesNotContain("sfcc.catalogs.rw", failed.Summary);
        Assert.Contains("Allowed Scopes", failed.Fix!.Text);
        Assert.Equal("help/sfcc-api-clients", failed.Fix.Href);
        Assert.Equal("sfcc-api-clients", failed.HelpSlug);
    }

    [Fact]
    public async Task ADisabledShopClientIsToldApartFromAWrongPassword()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.ShopClientId}/disabled", new { disabled = true });
        var disabled = await setup.RunAsync("sfcc.shop-client");
        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.ShopClientId}/disabled", new { disabled = false });
        var enabled = await setup.RunAsync("sfcc.shop-client");

        Assert.Equal(CheckOutcome.Fail, disabled.Outcome);
        Assert.Contains("disabled", disabled.Summary);
        Assert.Contains("Enable the client", disabled.Fix!.Text);
        Assert.Equal(CheckOutcome.Pass, enabled.Outcome);
        Assert.Contains(enabled.Evidence, e => e.StartsWith("SLAS issued a shopper token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChangedOcapiClientSecretIsAWrongPasswordAndAnUnknownClientIdIsSaidSo()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.OcapiClientId}/secret", new { secret = "rotated-secret-0001" });
        var wrongPassword = await setup.RunAsync("sfcc.ocapi-client");
        await setup.SaveAsync(u => u with { B2cClientId = "no-such-client-0001" });
        var unknown = await setup.RunAsync("sfcc.b2c-client");

        Assert.Equal(CheckOutcome.Fail, wrongPassword.Outcome);
        Assert.Contains("refused the password", wrongPassword.Summary);
        Assert.Equal($"integrations/{setup.ConnectionId}#ocapiClientId", wrongPassword.Fix!.Href);
        Assert.Equal(CheckOutcome.Fail, unknown.Outcome);
        Assert.Contains("does not know this client id", unknown.Summary);
        Assert.Contains("no-such-client-0001", unknown.Summary);
    }

    [Fact]
    public async Task TheBusinessManagerUserWithoutAnOcapiRoleOrWithAWrongPasswordFails()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(CheckOutcome.Pass, (await setup.RunAsync("sfcc.bm-user")).Outcome);

        await setup.ControlAsync(HttpMethod.Put, "bm-user/roles", new { roles = new[] { "Merchandiser" } });
        var noRole = await setup.RunAsync("sfcc.bm-user");
        await setup.ControlAsync(HttpMethod.Put, "bm-user/roles", new { roles = new[] { "Administrator" } });
        await setup.SaveAsync(u => u with { BmPassword = "Not-the-password-1" });
        var wrongPassword = await setup.RunAsync("sfcc.bm-user");

        Assert.Equal(CheckOutcome.Fail, noRole.Outcome);
        Assert.Contains("role is missing", noRole.Summary);
        Assert.Contains(noRole.Evidence, e => e.Contains("Merchandiser", StringComparison.Ordinal));
        Assert.Equal("help/sfcc-business-manager-user", noRole.Fix!.Href);
        Assert.Equal(CheckOutcome.Fail, wrongPassword.Outcome);
        Assert.Contains("refused the user name or password", wrongPassword.Summary);
        Assert.Equal($"integrations/{setup.ConnectionId}#bmUser", wrongPassword.Fix!.Href);
    }

    [Fact]
    public async Task AWrongSiteIdFailsTheSiteAndTheSettingsChecks()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(CheckOutcome.Pass, (await setup.RunAsync("sfcc.site")).Outcome);

        await setup.SaveAsync(u => u with { SiteId = "NoSuchSite" });
        var site = await setup.RunAsync("sfcc.site");
        var settings = await setup.RunAsync("sfcc.settings");

        Assert.Equal(CheckOutcome.Fail, site.Outcome);
        Assert.Contains("NoSuchSite", site.Summary);
        Assert.Equal($"integrations/{setup.ConnectionId}#siteId", site.Fix!.Href);
        Assert.Equal(CheckOutcome.Fail, settings.Outcome);
        Assert.Contains("channel", settings.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"integrations/{setup.ConnectionId}#siteId", settings.Fix!.Href);
    }

    [Fact]
    public async Task AnOcapiUrlOfAnotherRealmFailsTheSettingsCheckBeforeAnyCall()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await browser.PutJsonAsync($"/api/v1/connections/{connection.Id}/sfcc", new SfccSettingsUpdate("abcd1234", "f_ecom_abcd_001", "RefArch",
            "https://abcd-002.dx.commercecloud.salesforce.com", "b2c-client-0001", "p1", "shop-client-0001", "p2", "ocapi-client-0001", "p3",
            "bm@example.com", "p4", "23_2", true, false))).ReadAsync<SfccSettingsView>();

        var result = await (await browser.PostAsync("/api/v1/checks/sfcc.settings/run", null)).ReadAsync<CheckResultInfo>();

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.Contains("instance 002", result.Summary);
        Assert.Contains("instance 001", result.Summary);
        Assert.Equal($"integrations/{connection.Id}#ocapiUrl", result.Fix!.Href);
        Assert.Contains("Short Code: abcd1234", result.Evidence);
    }

    [Fact]
    public async Task AResourceRemovedFromTheOcapiSettingsIsNamedWithTheFlowThatNeedsIt()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        await setup.ControlAsync(HttpMethod.Post, "ocapi-settings/data/remove-resource", new { resource_id = "/customer_lists/**" });
        var result = await setup.RunAsync("sfcc.ocapi-resources");

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.Contains(result.Evidence, e => e == "Data POST /customer_lists/*/customer_search — needed by Orders to Salesforce");
        Assert.Contains(result.Evidence, e => e.StartsWith("Data GET /customer_lists/*/customers/* — needed by", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Evidence, e => e.StartsWith("Shop", StringComparison.Ordinal));
        Assert.Equal($"integrations/{setup.ConnectionId}#ocapiSettings", result.Fix!.Href);
    }

    [Fact]
    public async Task TheConnectionStatusCheckPassesWhenConnectedAndFailsWithTheStoredCause()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(CheckOutcome.Pass, (await setup.RunAsync("sfcc.connection-status")).Outcome);

        await setup.SaveAsync(u => u with { BmPassword = "Not-the-password-1" });
        await setup.Browser.PostAsync($"/api/v1/connections/{setup.ConnectionId}/sfcc/connect", null);
        var result = await setup.RunAsync("sfcc.connection-status");

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.Contains("is in error", result.Summary);
        Assert.Contains("Business Manager user grant failed", result.Summary);
        Assert.Equal($"integrations/{setup.ConnectionId}", result.Fix!.Href);
        Assert.Contains("Connect again", result.Fix.Text);
    }

    [Fact]
    public async Task WithTwoConnectionsTheWorstOutcomeWinsAndEvidenceNamesEach()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        var second = await (await setup.Browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "Second SFCC"))).ReadAsync<ConnectionSummary>();

        var result = await setup.RunAsync("sfcc.connection-status");

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.StartsWith("Second SFCC:", result.Summary);
        Assert.Contains(result.Evidence, e => e.StartsWith("SFCC: SFCC is connected", StringComparison.Ordinal));
        Assert.Contains(result.Evidence, e => e.StartsWith("Second SFCC: Second SFCC is not connected", StringComparison.Ordinal));
        Assert.Equal($"integrations/{second.Id}", result.Fix!.Href);
    }
}
