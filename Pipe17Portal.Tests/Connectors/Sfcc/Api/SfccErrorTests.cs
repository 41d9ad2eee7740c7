using System.Net;
using Pipe17Portal.Connectors.Sfcc.Api;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

public class SfccErrorTests
{
    [Fact]
    public async Task AnOcapiFaultKeepsItsTypeAndMessageVerbatim()
    {
        using var host = new SfccTestHost();
        const string Message = "No shipping method with ID 'EXPRESS-TT' is known.";
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.BadRequest,
            $$$"""{"_v":"23.2","fault":{"arguments":{"shippingMethodId":"EXPRESS-TT"},"type":"InvalidShippingMethodIdException","message":"{{{Message}}}"}}""");

        var result = await host.Client.Shop.SetShippingMethodAsync("b1", "me", "EXPRESS-TT");

        var error = Assert.IsType<SfccError>(result.Error);
        Assert.Equal("InvalidShippingMethodIdException", error.FaultType);
        Assert.Equal(Message, error.Message);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(SfccErrorKind.Api, error.Kind);
        Assert.Contains("map the TikTok delivery option", error.Explanation);
        Assert.Equal(SfccShopClient.SetShippingMethodEndpoint, error.Endpoint);
        Assert.Equal("https://zzte-053.dx.commercecloud.salesforce.com/s/RefArch/dw/shop/v23_2/baskets/b1/shipments/me/shipping_method", host.Http.ApiRequests[0].Uri.ToString());
        Assert.Equal("""{"id":"EXPRESS-TT"}""", host.Http.ApiRequests[0].Body);
    }

    [Fact]
    public async Task AForbiddenOcapiResourceAsksForTheOcapiSettings()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("bm-1").Then(HttpStatusCode.Forbidden,
            """{"_v":"23.2","fault":{"type":"ClientAccessForbiddenException","message":"Access to resource 'GET /sites/RefArch' is not allowed for the current client."}}""");

        var result = await host.Client.Data.GetSiteAsync();

        Assert.Equal(SfccErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("Access to resource 'GET /sites/RefArch' is not allowed for the current client.", result.Error?.Message);
        Assert.Contains("OCAPI settings", result.Error?.Explanation);
        Assert.Contains("ocapi-client-id", result.Error?.Explanation);
    }

    [Fact]
    public async Task AScapiProblemBecomesAnErrorWithItsType()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").Then(HttpStatusCode.NotFound,
            """{"title":"Order Not Found","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/order-not-found","detail":"No order with number '123' was found."}""");

        var result = await host.Client.Orders.GetAsync("123");

        Assert.Equal(SfccErrorKind.NotFound, result.Error?.Kind);
        Assert.Equal("order-not-found", result.Error?.ProblemType);
        Assert.Equal("No order with number '123' was found.", result.Error?.Message);
        Assert.Null(result.Error?.FaultType);
        Assert.Equal("https://kv7kzm78.api.commercecloud.salesforce.com/checkout/orders/v1/organizations/f_ecom_zzte_053/orders/123?siteId=RefArch",
            host.Http.ApiRequests[0].Uri.ToString());
    }

    [Fact]
    public async Task AMissingScopeNamesTheScopeAndWhereToAddIt()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").Then(HttpStatusCode.Forbidden,
            """{"title":"Forbidden","type":"https://api.commercecloud.salesforce.com/documentation/error/v1/errors/forbidden","detail":"The client does not have the required scope."}""");

        var result = await host.Client.Customers.GetAsync("00001");

        Assert.Equal(SfccErrorKind.Forbidden, result.Error?.Kind);
        Assert.Equal("The client does not have the required scope.", result.Error?.Message);
        Assert.Contains("'sfcc.customerlists.rw'", result.Error?.Explanation); // the guide's Step 1 allows the .rw scopes only
        Assert.Contains("Account Manager", result.Error?.Explanation);
    }

    [Fact]
    public async Task AnAnswerThatIsNotJsonIsAnInvalidResponse()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1").ThenOk("<html>maintenance</html>");

        var result = await host.Client.Products.GetAsync("p1");

        Assert.Equal(SfccErrorKind.InvalidResponse, result.Error?.Kind);
    }

    [Fact]
    public async Task ANetworkFailureIsAResultNotAnException()
    {
        using var host = new SfccTestHost();
        host.Http.ThenToken("am-1");
        for (var i = 0; i < 4; i++)
        {
            host.Http.ThenThrow(new HttpRequestException("Connection refused"));
        }

        var result = await host.Client.Catalogs.GetCatalogsAsync();

        Assert.Equal(SfccErrorKind.Network, result.Error?.Kind);
        Assert.Contains("Connection refused", result.Error?.Message);
        Assert.Equal(4, host.Http.ApiRequests.Count);
    }
}
