using System.Text.Json;
using Microsoft.Playwright;
using Pipe17Portal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E;

public class PortalJourneyTests(PortalServer server) : IClassFixture<PortalServer>
{
    private const string Password = "Journey-Pass1";

    [Fact]
    public async Task AMerchantRegistersAddsTikTokShopUsesAnApiKeyAndSignsBackIn()
    {
        var page = await server.NewPageAsync();
        var account = new AccountPages(page);
        var shell = new PortalShell(page);
        var email = $"merchant-{Guid.NewGuid():N}@example.com";

        // Register: lands on the dashboard of the new workspace, which says what to do first.
        await account.RegisterAsync("Maple Outfitters", email, Password);
        await Expect(shell.Heading).ToHaveTextAsync("Dashboard");
        await Expect(shell.WorkspaceName).ToHaveTextAsync("Maple Outfitters");
        await Expect(page.GetByTestId("empty-state")).ToContainTextAsync("Connect TikTok Shop to start receiving orders");

        // Add a TikTok Shop connection from the catalog and see it listed.
        await shell.NavigateAsync("Integrations");
        await Expect(shell.Heading).ToHaveTextAsync("Integrations");
        var integrations = new IntegrationsPage(page);
        await integrations.AddConnectionAsync("TikTok Shop", "Maple US");
        await Expect(integrations.ConnectionNames).ToHaveTextAsync(["Maple US"]);
        await Expect(page.GetByTestId("connection-status")).ToHaveTextAsync("Not connected");

        // Create an API key and call the API with it, outside the browser session.
        await shell.NavigateAsync("Settings");
        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        var secret = await new ApiKeysPage(page).CreateAsync("Journey script");
        Assert.StartsWith("p17_", secret);
        var api = await server.ApiRequests.NewContextAsync(new() { BaseURL = server.Url, ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = secret } });
        var response = await api.GetAsync("/api/v1/connections");
        Assert.Equal(200, response.Status);
        var connections = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal("Maple US", Assert.Single(connections.EnumerateArray()).GetProperty("displayName").GetString());
        var anonymous = await server.ApiRequests.NewContextAsync(new() { BaseURL = server.Url });
        Assert.Equal(401, (await anonymous.GetAsync("/api/v1/connections")).Status);

        // Sign out, then back in: the workspace and its connection are still there.
        await shell.SignOutAsync();
        await Expect(account.Heading).ToHaveTextAsync("Sign in");
        await page.GotoAsync("/integrations");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login\\?ReturnUrl=%2Fintegrations$"));
        await account.SignInAsync(email, Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/integrations$"));
        await Expect(shell.Heading).ToHaveTextAsync("Integrations");
        await Expect(integrations.ConnectionNames).ToHaveTextAsync(["Maple US"]);
    }
}
