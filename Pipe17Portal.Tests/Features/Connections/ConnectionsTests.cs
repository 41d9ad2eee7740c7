using System.Net;
using System.Text;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Connections;

public class ConnectionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AddingAConnectionListsItAsNotConnectedAndAuditsIt()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);

        var created = await (await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "  US Shop "))).ReadAsync<ConnectionSummary>();

        Assert.Equal("US Shop", created.DisplayName);
        Assert.Equal(ConnectionStatus.NotConnected, created.Status);
        var listed = await (await client.GetAsync("/api/v1/connections")).ReadAsync<List<ConnectionSummary>>();
        Assert.Equal(created.Id, Assert.Single(listed).Id);
        var audit = await (await client.GetAsync("/api/v1/audit-log")).ReadAsync<PagedResult<AuditEntryInfo>>();
        var entry = Assert.Single(audit.Items, e => e.Action == "Connection added");
        Assert.Equal("US Shop", entry.ConnectionName);
        Assert.Equal(admin.Email, entry.Actor);
    }

    [Fact]
    public async Task ConnectionNamesAreUniqueInAWorkspaceIgnoringCase()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Main shop"));

        var problem = await (await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "MAIN SHOP")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("already exists", problem.Errors!["displayName"][0]);
        // Another workspace may use the same name.
        var other = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        Assert.Equal(HttpStatusCode.Created, (await other.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Main shop"))).StatusCode);
    }

    [Theory]
    [InlineData("{\"kind\":\"TikTokShop\",\"displayName\":\"\"}", "displayName", "required")]
    [InlineData("{\"kind\":\"TikTokShop\"}", "displayName", "required")]
    [InlineData("{\"kind\":\"Amazon\",\"displayName\":\"x\"}", null, "could not be read")]
    [InlineData("{\"kind\":99,\"displayName\":\"x\"}", "kind", "Unknown connector")]
    [InlineData("{not json", null, "could not be read")]
    public async Task BadInputGetsAProblemThatSaysWhatIsWrong(string json, string? field, string expected)
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var response = await client.PostAsync("/api/v1/connections", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.Detail);
        if (field is not null)
        {
            Assert.Contains(field, problem.Errors!.Keys);
        }
        Assert.Empty(await (await client.GetAsync("/api/v1/connections")).ReadAsync<List<ConnectionSummary>>());
    }

    [Fact]
    public async Task RenamingAndRemovingAreAuditedAndRemovedConnectionsAre404()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        var created = await (await client.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();

        var renamed = await (await client.PutJsonAsync($"/api/v1/connections/{created.Id}", new UpdateConnectionRequest("SFCC EU"))).ReadAsync<ConnectionSummary>();
        Assert.Equal("SFCC EU", renamed.DisplayName);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/connections/{created.Id}")).StatusCode);

        await (await client.GetAsync($"/api/v1/connections/{created.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var audit = await (await client.GetAsync("/api/v1/audit-log")).ReadAsync<PagedResult<AuditEntryInfo>>();
        Assert.Equal(["Connection removed", "Connection renamed", "Connection added"], audit.Items.Select(e => e.Action));
        Assert.Equal("'SFCC' → 'SFCC EU'", audit.Items[1].Detail);
    }

    [Fact]
    public async Task UnknownApiRoutesAnswerWithProblemDetails()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
