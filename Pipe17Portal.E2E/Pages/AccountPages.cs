using Microsoft.Playwright;

namespace Pipe17Portal.E2E.Pages;

/// <summary>The server-rendered sign-up and sign-in forms.</summary>
public sealed class AccountPages(IPage page)
{
    public async Task RegisterAsync(string workspace, string email, string password)
    {
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Company or workspace name").FillAsync(workspace);
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create workspace" }).ClickAsync();
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
