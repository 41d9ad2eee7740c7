using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>Found by the order-sync fuzzing: a customer number SFCC's address cannot carry answered 500 instead of 400.</summary>
public class GenericCustomerNumberInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("ünïcødé")]
    [InlineData("../../customers")]
    [InlineData("%2e%2e")]
    [InlineData("a?b#c")]
    public async Task AnUnusableCustomerNumberIsRefusedNamingTheField(string customerNo)
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);

        var response = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/order-sync", new OrderSyncSettingsUpdate(
            true, [OrderStatus.ReadyForFulfillment], [], false, CustomerMatchingStrategy.GenericForAll, customerNo));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors?.ContainsKey("genericCustomerNo"), problem.Detail);
    }
}
