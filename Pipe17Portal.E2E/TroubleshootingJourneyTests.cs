using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

/// <summary>
/// Troubleshooting and Ask: a merchant connected to both sandboxes (set up as the guide says) sees the Salesforce checks
/// pass; a scope is removed from the B2C API client in the Sandbox Business Manager; asked "my products are not showing
/// up", the Ask panel names the missing scope with its fix and the help article; the Troubleshooting page's check fails with
/// the same evidence.
/// </summary>
public class TroubleshootingJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    private const string Scope = "sfcc.products.rw";

    [Fact]
    public async Task AScopeRemovedInSalesforceIsNamedByAskAndByTheChecks()
    {
        var page = await server.NewPageAsync();
        var shell = new PortalShell(page);
        await new AccountPages(page).RegisterAsync("Quill Supply", $"troubleshooting-{Guid.NewGuid():N}@example.com", "Journey-Pass1");
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");
        var sandboxes = new SandboxConnections(page, shell);
        await sandboxes.ConnectTikTokShopAsync("Quill US");
        await sandboxes.ConnectSalesforceAsync("Quill SFCC");

        // 1. As the guide sets it up, the B2C API client passes.
        await shell.NavigateAsync("Troubleshooting");
        var checks = new TroubleshootingPage(page);
        await checks.RunAllAsync();
        await checks.ExpectOutcomeAsync("sfcc.b2c-client", "Pass");

        // 2. Someone removes a scope from the client in Account Manager.
        await shell.NavigateAsync("Business Manager");
        var bm = new BusinessManagerPage(page);
        await bm.RemoveScopeAsync("b2c", Scope);
        await shell.ReadMessageAsync($"Removed {Scope} from b2c.");

        // 3. The merchant asks in their own words; the answer names the missing scope and links its fix and the article.
        var ask = new AskPanel(page);
        await ask.AskAsync("my products are not showing up");
        await Expect(ask.Answer).ToContainTextAsync(Scope);
        var failing = ask.Findings.Filter(new() { HasText = Scope });
        await Expect(failing.First).ToHaveAttributeAsync("data-outcome", "Fail");
        await Expect(ask.Fixes.Filter(new() { HasText = Scope }).First.GetByRole(Microsoft.Playwright.AriaRole.Link)).ToBeVisibleAsync();
        await Expect(ask.Citations.First).ToContainTextAsync("products");

        // 4. The Troubleshooting page's check fails with the same evidence.
        await ask.CloseAsync();
        await shell.NavigateAsync("Troubleshooting");
        await checks.RunAllAsync();
        await checks.ExpectOutcomeAsync("sfcc.b2c-client", "Fail");
        await Expect(checks.Check("sfcc.b2c-client")).ToContainTextAsync(Scope);
        await Expect(checks.FixLink("sfcc.b2c-client")).ToBeVisibleAsync();
    }
}
