using System.Net;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Operations;

public class HealthTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointsAnswerHealthyWithoutSigningIn(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApiAndTheKeyHeader()
    {
        var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/connections/{id}\"", document);
        Assert.Contains("\"/api/v1/api-keys\"", document);
        Assert.Contains("X-Api-Key", document);
        Assert.DoesNotContain("/sandbox/_control", document);
        Assert.DoesNotContain("/sandbox/tiktok/open-api", document);
        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
