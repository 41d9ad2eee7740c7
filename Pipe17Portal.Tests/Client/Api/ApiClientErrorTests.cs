using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Tests.Client.Api;

/// <summary>The browser's Refit clients must surface the server's problem as the same exception the pages catch.</summary>
public class ApiClientErrorTests
{
    [Fact]
    public async Task AProblemAnsweredThroughARefitClientArrivesAsApiProblemExceptionWithFieldErrors()
    {
        var body = """{"title":"Invalid input","status":400,"detail":"Salesforce has no customer 999.","errors":{"genericCustomerNo":["Salesforce has no customer 999."]}}""";
        var services = new ServiceCollection();
        services.AddPortalApiClients(new Uri("http://portal/"));
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new Answer(HttpStatusCode.BadRequest, body)));
        var api = services.BuildServiceProvider().GetRequiredService<IOrderPushApi>();

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() => api.SaveSyncSettingsAsync(Guid.NewGuid(),
            new OrderSyncSettingsUpdate(true, [OrderStatus.Canceled], [], false, CustomerMatchingStrategy.GenericForAll, "999")));

        Assert.Equal(["Salesforce has no customer 999."], problem.Errors["genericCustomerNo"]);
    }

    [Fact]
    public async Task AnUnreachablePortalArrivesAsHttpRequestException()
    {
        var services = new ServiceCollection();
        services.AddPortalApiClients(new Uri("http://portal/"));
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new Unreachable()));
        var api = services.BuildServiceProvider().GetRequiredService<IConnectionsApi>();

        await Assert.ThrowsAsync<HttpRequestException>(() => api.ListAsync());
    }

    private sealed class Answer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/problem+json") });
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            throw new HttpRequestException("Connection refused");
    }
}
