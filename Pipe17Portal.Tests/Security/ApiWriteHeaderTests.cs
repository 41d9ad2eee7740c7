using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Security;

/// <summary>
/// Cookie-authenticated writes to /api/v1 must carry `X-Requested-With: Pipe17Portal`: a cross-site form or a body-less
/// POST from another site cannot set it, so the session cookie alone never changes anything.
/// </summary>
public class ApiWriteHeaderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "X-Requested-With";

    [Fact]
    public async Task ABodyLessCookiePostWithoutTheHeaderIsRefusedAndWithItAccepted()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        Assert.Equal("Pipe17Portal", client.DefaultRequestHeaders.GetValues(Header).Single());

        client.DefaultRequestHeaders.Remove(Header);
        var refused = await client.PostAsync("/api/v1/notifications/read-all", null);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("X-Requested-With: Pipe17Portal", problem.Detail);

        client.DefaultRequestHeaders.Add(Header, "Pipe17Portal");
        Assert.True((await client.PostAsync("/api/v1/notifications/read-all", null)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task AWrongHeaderValueIsRefusedButReadsNeedNoHeader()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(admin);
        client.DefaultRequestHeaders.Remove(Header);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/workspace")).StatusCode);
        client.DefaultRequestHeaders.Add(Header, "XMLHttpRequest");
        await (await client.PutJsonAsync("/api/v1/workspace", new RenameWorkspaceRequest("Renamed"))).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnApiKeyWritesWithoutTheHeader()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var (client, _) = await factory.ApiKeyClientAsync(admin, WorkspaceRole.Developer);

        Assert.True((await client.PostAsync("/api/v1/notifications/read-all", null)).IsSuccessStatusCode);
    }
}
