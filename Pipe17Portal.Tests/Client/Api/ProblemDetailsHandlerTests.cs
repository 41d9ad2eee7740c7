using System.Net;
using System.Text;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Tests.Client.Api;

public class ProblemDetailsHandlerTests
{
    [Fact]
    public async Task AProblemResponseBecomesAnExceptionWithTheServersDetailAndFieldErrors()
    {
        var body = """{"title":"Invalid input","status":400,"detail":"Connection name is required.","errors":{"displayName":["Connection name is required."]}}""";
        var client = ClientAnswering(HttpStatusCode.BadRequest, body, "application/problem+json");

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.GetAsync("http://portal/api/v1/connections"));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("Connection name is required.", problem.Detail);
        Assert.Equal(["Connection name is required."], problem.Errors["displayName"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "Your session has ended. Sign in again.")]
    [InlineData(HttpStatusCode.BadGateway, "The portal answered 502")]
    public async Task AnErrorWithoutProblemDetailsStillGetsAPlainMessage(HttpStatusCode status, string expected)
    {
        var client = ClientAnswering(status, "<html>proxy error</html>", "text/html");

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => client.GetAsync("http://portal/api/v1/connections"));

        Assert.StartsWith(expected, problem.Detail);
    }

    [Fact]
    public async Task SuccessPassesThrough()
    {
        var client = ClientAnswering(HttpStatusCode.OK, "[]", "application/json");

        var response = await client.GetAsync("http://portal/api/v1/connections");

        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    private static HttpClient ClientAnswering(HttpStatusCode status, string body, string mediaType) =>
        new(new ProblemDetailsHandler { InnerHandler = new Answer(status, body, mediaType) });

    private sealed class Answer(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
