using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox;

/// <summary>The Sandbox Business Manager's lists and deletes through the portal API, over what the control API created.</summary>
public class BusinessManagerListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Browser, Guid Account)> SandboxWorkspaceAsync()
    {
        var member = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(member);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        var account = await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Workspaces
            .Where(w => w.Id == member.WorkspaceId).Select(w => w.SandboxAccountId).SingleAsync());
        return (browser, account!.Value);
    }

    [Fact]
    public async Task TheConsoleListsWhatTheControlApiCreatedAndDeletesIt()
    {
        var (browser, account) = await SandboxWorkspaceAsync();
        var control = factory.CreateClient();
        var generic = await control.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/customers",
            new { email = "marketplace-orders@merchant.example", first_name = "TikTok", last_name = "Orders", company_name = "TikTok Shop" });
        Assert.Equal(HttpStatusCode.Created, generic.StatusCode);
        (await control.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/payment-methods", new { id = "MARKETPLACE", name = "Marketplace" })).EnsureSuccessStatusCode();

        var customers = await (await browser.GetAsync("/api/v1/sandbox/sfcc/customers")).ReadAsync<List<BmCustomer>>();
        var payments = await (await browser.GetAsync("/api/v1/sandbox/sfcc/payment-methods")).ReadAsync<List<BmMethod>>();
        var shipping = await (await browser.GetAsync("/api/v1/sandbox/sfcc/shipping-methods")).ReadAsync<List<BmMethod>>();

        var tiktok = Assert.Single(customers, c => c.Email == "marketplace-orders@merchant.example");
        Assert.Equal("TikTok Shop", tiktok.CompanyName);
        Assert.Equal("TikTok", tiktok.FirstName);
        Assert.Equal("Orders", tiktok.LastName);
        Assert.Contains(customers, c => c.CustomerNo == "00001001" && c.Email == "ava.martinez@example.com" && c.CompanyName is null);
        Assert.Contains(payments, m => m.Id == "MARKETPLACE" && m.Name == "Marketplace" && m.Cost is null);
        Assert.Contains(payments, m => m.Id == "CREDIT_CARD");
        var ground = Assert.Single(shipping, m => m.Id == "001");
        Assert.Equal("Ground", ground.Name);
        Assert.Equal(5.99m, ground.Cost);
        Assert.Contains(shipping, m => m.Id == "003");

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync("/api/v1/sandbox/sfcc/payment-methods/MARKETPLACE")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/sandbox/sfcc/customers/{tiktok.CustomerNo}")).StatusCode);
        await (await browser.DeleteAsync("/api/v1/sandbox/sfcc/payment-methods/MARKETPLACE")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await browser.DeleteAsync($"/api/v1/sandbox/sfcc/customers/{tiktok.CustomerNo}")).ReadProblemAsync(HttpStatusCode.NotFound);

        var controlPayments = await control.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/sandbox/_control/accounts/{account}/sfcc/payment-methods");
        Assert.DoesNotContain(controlPayments!, m => m.GetProperty("id").GetString() == "MARKETPLACE");
        Assert.DoesNotContain(await (await browser.GetAsync("/api/v1/sandbox/sfcc/customers")).ReadAsync<List<BmCustomer>>(), c => c.CustomerNo == tiktok.CustomerNo);
    }

    [Fact]
    public async Task ACustomerCreatedInTheConsoleKeepsItsCompany()
    {
        var (browser, account) = await SandboxWorkspaceAsync();

        var created = await browser.PostJsonAsync("/api/v1/sandbox/sfcc/customers", new BmCustomerCreate("buyers@northwind.example", null, " Northwind Traders "));
        var plain = await browser.PostJsonAsync("/api/v1/sandbox/sfcc/customers", new BmCustomerCreate("solo@example.com", "SOLO-1"));
        var customers = await (await browser.GetAsync("/api/v1/sandbox/sfcc/customers")).ReadAsync<List<BmCustomer>>();

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, plain.StatusCode);
        Assert.Equal("Northwind Traders", customers.Single(c => c.Email == "buyers@northwind.example").CompanyName);
        Assert.Null(customers.Single(c => c.CustomerNo == "SOLO-1").CompanyName);
        var control = await factory.CreateClient().GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/sandbox/_control/accounts/{account}/sfcc/customers");
        Assert.Contains(control!, c => c.GetProperty("company_name").GetString() == "Northwind Traders");
    }

    [Fact]
    public async Task WithoutASandboxInstanceTheListsExplainWhatToDo()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await browser.GetAsync("/api/v1/sandbox/sfcc/customers")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("Use sandbox", problem.Detail);
    }
}
