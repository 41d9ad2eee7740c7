using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.SandboxConsole;

public class SellerCenterOrdersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Found by the API fuzzing: an empty order line answered 500.</summary>
    [Fact]
    public async Task AnEmptyOrderLineIsRefusedNamingTheField()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);

        var response = await browser.PostJsonAsync("/api/v1/sandbox/tiktok/orders", new CreateSandboxOrdersRequest(1, null, [null!, null!], null));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors?.ContainsKey("skus"), problem.Detail);
    }
}
