using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Common;

public class ApiExceptionHandlerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Found by the API fuzzing: an escaped percent sign in a route value made the error handler itself throw (500).</summary>
    [Theory]
    [InlineData("checks/%2500/run")]
    [InlineData("checks/%25zz/run")]
    public async Task ARouteValueWithAnEscapedPercentSignGetsTheServicesOwn404(string route)
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);

        var response = await client.PostAsync($"/api/v1/{route}", content: null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("was not found in this workspace", problem.Detail);
    }
}
