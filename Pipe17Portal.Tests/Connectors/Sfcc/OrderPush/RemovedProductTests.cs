using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>A product gone from Salesforce stops its orders with its own exception instead of being sent and refused.</summary>
public class RemovedProductTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnOrderForARemovedProductStopsWithProductRemovedAndNothingReachesSalesforce()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.ControlAsync(HttpMethod.Delete, "/products/CAP-DAD-NVY-OS");
        await factory.ScopedAsync(async s => { await s.GetRequiredService<SfccCatalogPull>().RunAsync(sandbox.SfccId, CancellationToken.None); return 0; });

        var ids = await sandbox.NewOrdersAsync(1);
        await sandbox.PushAsync();

        var exception = Assert.Single(await sandbox.ExceptionsAsync(ids[0]));
        Assert.Equal(OrderExceptionType.ProductRemoved, exception.Type);
        Assert.Equal(17, (int)exception.Type);
        Assert.Contains("'CAP-DAD-NVY-OS'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("removed from Salesforce", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Business Manager", exception.Fix, StringComparison.Ordinal);
        Assert.StartsWith("/products/", exception.FixLink, StringComparison.Ordinal);
        Assert.Empty(await sandbox.SfccOrdersAsync());
        var groups = await (await sandbox.Browser.GetAsync("/api/v1/order-exceptions")).ReadAsync<List<ExceptionGroup>>();
        Assert.Equal("Product removed from Salesforce", groups.Single(g => g.Type == OrderExceptionType.ProductRemoved).Title);
    }
}
