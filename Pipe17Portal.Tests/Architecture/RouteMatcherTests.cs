using Pipe17Portal.Client.Api;
namespace Pipe17Portal.Tests.Architecture;

/// <summary>The matcher behind RouteContractTests: if it matched too much, the contract test would pass on anything.</summary>
public class RouteMatcherTests
{
    private static readonly ServerRoute[] Routes =
    [
        new("GET", "/api/v1/orders/{id:guid}/"),
        new("POST", "/api/v1/orders/{id:guid}/retry"),
        new("POST", "/api/v1/order-exceptions/{type:alpha}/retry"),
    ];

    [Theory]
    [InlineData("/api/v1/orders/{id:guid}", "/api/v1/orders/{}")]
    [InlineData("/API/v1/Orders/{orderId}/", "/api/v1/orders/{}")]
    [InlineData("api/v1/orders?page=1&pageSize=20", "/api/v1/orders")]
    [InlineData("/files/{name}.{ext:regex(^[a-z]{{3}}$)}", "/files/{}.{}")]
    [InlineData("/", "/")]
    public void NormaliseDropsParameterNamesConstraintsCaseQueryAndTrailingSlash(string template, string expected) =>
        Assert.Equal(expected, RouteMatcher.Normalise(template));

    [Fact]
    public void ACallWithTheSameVerbAndPathIsAnswered() =>
        Assert.Empty(RouteMatcher.Unanswered([new ClientCall("IOrdersApi", "GetAsync", "GET", "/api/v1/Orders/{orderId}")], Routes));

    [Fact]
    public void ACallWithAnotherVerbIsReportedWithTheNearestRoute()
    {
        var unanswered = RouteMatcher.Unanswered([new ClientCall("IOrdersApi", "RetryAsync", "PUT", "/api/v1/orders/{id}/retry")], Routes);

        var line = Assert.Single(unanswered);
        Assert.StartsWith("IOrdersApi.RetryAsync PUT /api/v1/orders/{}/retry has no endpoint; nearest: POST /api/v1/orders/{id:guid}/retry", line);
    }

    [Fact]
    public void ACallWithAnotherPathIsReported()
    {
        ClientCall[] calls =
        [
            new("IOrdersApi", "RetryAsync", "POST", "/api/v1/orders/{id}/retries"),
            new("IOrdersApi", "GetAsync", "GET", "/api/v1/orders/{id}/{eventId}"),
            new("IOrdersApi", "ListAsync", "GET", "/api/v1/orders"),
        ];

        Assert.Equal(3, RouteMatcher.Unanswered(calls, Routes).Count);
    }

    [Fact]
    public void AMethodWithoutARefitVerbIsReported() =>
        Assert.Single(RouteMatcher.Unanswered([new ClientCall("IOrdersApi", "Helper", "", "(no Refit verb attribute)")], Routes));

    [Fact]
    public void ARouteWithoutVerbMetadataAnswersEveryVerb() =>
        Assert.Empty(RouteMatcher.Unanswered([new ClientCall("IFilesApi", "DeleteAsync", "DELETE", "/files/{x}")], [new(null, "/files/{name}")]));

    [Fact]
    public void EveryMethodOfARefitInterfaceBecomesACall()
    {
        var calls = ClientCall.Of(typeof(IApiKeysApi)).Select(c => c.ToString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["IApiKeysApi.CreateAsync POST /api/v1/api-keys", "IApiKeysApi.ListAsync GET /api/v1/api-keys", "IApiKeysApi.RevokeAsync DELETE /api/v1/api-keys/{}"],
            calls);
    }
}
