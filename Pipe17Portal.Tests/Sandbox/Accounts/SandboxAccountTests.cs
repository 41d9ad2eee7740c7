using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Accounts;

public class SandboxAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreatingAnAccountReturnsEveryCredentialOfBothSystems()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/sandbox/_control/accounts", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var tiktok = json.RootElement.GetProperty("tiktok");
        var sfcc = json.RootElement.GetProperty("sfcc");
        Assert.Matches("^[a-z0-9]{13}$", tiktok.GetProperty("app_key").GetString());
        Assert.Matches("^[0-9a-f]{40}$", tiktok.GetProperty("app_secret").GetString());
        Assert.Matches("^[0-9]{19}$", tiktok.GetProperty("service_id").GetString());
        Assert.Matches("^[0-9]{19}$", tiktok.GetProperty("shop_id").GetString());
        Assert.Matches("^ROW_[A-Za-z0-9]{32}$", tiktok.GetProperty("shop_cipher").GetString());
        Assert.Matches("^[a-z0-9]{8}$", sfcc.GetProperty("short_code").GetString());
        Assert.Matches("^f_ecom_[a-z]{4}_[0-9]{3}$", sfcc.GetProperty("organization_id").GetString());
        Assert.False(string.IsNullOrEmpty(sfcc.GetProperty("site_id").GetString()));
        foreach (var client_ in new[] { "b2c_api_client", "shop_api_client", "ocapi_client" })
        {
            Assert.True(Guid.TryParse(sfcc.GetProperty($"{client_}_id").GetString(), out _));
            Assert.Equal(24, sfcc.GetProperty($"{client_}_password").GetString()!.Length);
        }
        Assert.Contains("@", sfcc.GetProperty("business_manager_user").GetString());
        Assert.EndsWith("/sandbox/sfcc/instance", sfcc.GetProperty("ocapi_base_url").GetString());
    }

    [Fact]
    public async Task EachAccountGetsItsOwnRandomCredentialsAndCanBeReadBack()
    {
        var client = factory.CreateClient();
        var first = await client.PostAsync("/sandbox/_control/accounts", null);
        var second = await client.PostAsync("/sandbox/_control/accounts", null);
        var firstBody = await first.Content.ReadAsStringAsync();
        var secondBody = await second.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetString();

        var again = await client.GetStringAsync($"/sandbox/_control/accounts/{id}");

        Assert.Equal(Secrets(firstBody), Secrets(again));
        Assert.Empty(Secrets(firstBody).Intersect(Secrets(secondBody)));
    }

    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", HttpStatusCode.NotFound)]
    [InlineData("not-an-id", HttpStatusCode.BadRequest)]
    public async Task AnUnknownAccountIsAClearError(string id, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync($"/sandbox/_control/accounts/{id}");

        var problem = await response.ReadProblemAsync(status);
        Assert.Contains("POST /sandbox/_control/accounts", problem.Detail);
    }

    private static HashSet<string> Secrets(string body) =>
        [.. Regex.Matches(body, "\"(app_secret|shop_cipher|b2c_api_client_password|shop_api_client_password|ocapi_client_password|business_manager_password)\":\"([^\"]+)\"").Select(m => m.Groups[2].Value)];
}

public sealed class SandboxOffFactory : PortalFactory
{
    protected override bool SandboxEnabled => false;
}

public class SandboxOffTests(SandboxOffFactory factory) : IClassFixture<SandboxOffFactory>
{
    [Fact]
    public async Task WithTheSandboxOffNothingUnderSandboxExists()
    {
        var client = factory.CreateClient();

        Assert.Contains((await client.PostAsync("/sandbox/_control/accounts", null)).StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sandbox/_control/accounts/{Guid.NewGuid()}")).StatusCode);
        var workspace = await factory.CreateWorkspaceAsync();
        var info = await (await (await factory.SignInAsync(workspace)).GetAsync("/api/v1/workspace")).ReadAsync<Pipe17Portal.Client.Api.Contracts.WorkspaceInfo>();
        Assert.False(info.SandboxEnabled);
    }
}
