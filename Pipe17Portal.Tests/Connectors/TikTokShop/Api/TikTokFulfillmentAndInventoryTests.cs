using System.Text.Json;
using Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;
using Pipe17Portal.Connectors.TikTokShop.Api.Products;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokFulfillmentAndInventoryTests
{
    [Fact]
    public async Task BatchShipSurfacesThePackagesTikTokRefused()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/FulfillmentBatchShipPackagesResponse.json"));

        var result = await host.Client.BatchShipPackagesAsync(
        [
            new TikTokBatchShipPackage { Id = "123123123123131", HandoverMethod = "DROP_OFF", SelfShipment = new("JX1", "6617675021119438849") },
            new TikTokBatchShipPackage { Id = "123123123123132", HandoverMethod = "DROP_OFF", SelfShipment = new("JX2", "6617675021119438849") },
        ]);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.False(result.Data.AllShipped);
        var refused = Assert.Single(result.Data.Errors);
        Assert.Equal(("123123123123131", 10007014, "package in freeze status"), (refused.PackageId, refused.Code, refused.Message));
        var body = JsonDocument.Parse(Assert.Single(host.Http.Requests).Body).RootElement;
        Assert.Equal("JX2", body.GetProperty("packages")[1].GetProperty("self_shipment").GetProperty("tracking_number").GetString());
    }

    [Fact]
    public async Task ShipPackageSendsTheSelfShipmentToThePackagePath()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk("""{"code":0,"message":"Success","request_id":"r1","data":{}}""");

        var result = await host.Client.ShipPackageAsync("1152321127278713123",
            new TikTokShipPackageRequest { HandoverMethod = "DROP_OFF", SelfShipment = new("JX12345", "6617675021119438849") });

        var sent = Assert.Single(host.Http.Requests);
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("/fulfillment/202309/packages/1152321127278713123/ship", sent.Uri.AbsolutePath);
        Assert.Equal("""{"handover_method":"DROP_OFF","self_shipment":{"tracking_number":"JX12345","shipping_provider_id":"6617675021119438849"}}""", sent.Body);
    }

    [Fact]
    public async Task MarkAsShippedReturnsTheNewPackage()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("""{"order_id":"576461413038785752","package_id":"1153132168123859999","order_line_item_ids":["577086512123755123"],"warning":{"message":"late"}}""");

        var result = await host.Client.MarkPackageAsShippedAsync("576461413038785752",
            new TikTokMarkPackageAsShippedRequest("JX12345", "7117858858072016686", ["577086512123755123"]));

        Assert.Equal("1153132168123859999", result.Data?.PackageId);
        Assert.Equal("late", result.Data?.Warning?.Message);
        Assert.Equal("/fulfillment/202309/orders/576461413038785752/packages", Assert.Single(host.Http.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task ShippingProvidersOfADeliveryOptionAreRead()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/LogisticsGetDeliveryOptionShippingProvidersResponse.json"));

        var result = await host.Client.GetShippingProvidersAsync("7091146663229654785");

        Assert.Equal(("7117858858072016686", "USPS"), (Assert.Single(result.Data!).Id, result.Data![0].Name));
        Assert.Equal("/logistics/202309/delivery_options/7091146663229654785/shipping_providers", Assert.Single(host.Http.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task InventoryUpdateSurfacesPerSkuFailuresFromASuccessfulAnswer()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenOk(Fixtures.Text("TikTok/responses/ProductUpdateProductInventoryResponse.json"));

        var result = await host.Client.UpdateInventoryAsync("1729592969712207008", new TikTokInventoryUpdateRequest(
        [
            new TikTokSkuInventory("1729592969712207013", [new TikTokInventoryQuantity(999, "7068517275539719942")]),
            new TikTokSkuInventory("1729592969712207014", [new TikTokInventoryQuantity(0, "7068517275539719942")]),
        ]));

        Assert.True(result.IsSuccess, result.ToString());
        Assert.False(result.Data.AllUpdated);
        var failed = Assert.Single(result.Data.Errors);
        Assert.Equal(("1729592969712207013", 12052990), (failed.SkuId, failed.Code));
        var warehouse = Assert.Single(failed.Detail!.ExtraErrors);
        Assert.Equal(("7068517275539719942", 12052003), (warehouse.WarehouseId, warehouse.Code));

        var sent = Assert.Single(host.Http.Requests);
        Assert.Equal("/product/202309/products/1729592969712207008/inventory/update", sent.Uri.AbsolutePath);
        Assert.Equal(
            """{"skus":[{"id":"1729592969712207013","inventory":[{"quantity":999,"warehouse_id":"7068517275539719942"}]},{"id":"1729592969712207014","inventory":[{"quantity":0,"warehouse_id":"7068517275539719942"}]}]}""",
            sent.Body);
    }

    [Fact]
    public async Task InventoryUpdateWithoutErrorsIsAllUpdated()
    {
        using var host = new TikTokTestHost().WithToken();
        host.Http.ThenData("{}");

        var result = await host.Client.UpdateInventoryAsync("1", new TikTokInventoryUpdateRequest([new TikTokSkuInventory("2", [new TikTokInventoryQuantity(3)])]));

        Assert.True(result.Data?.AllUpdated);
        Assert.Equal("""{"skus":[{"id":"2","inventory":[{"quantity":3}]}]}""", Assert.Single(host.Http.Requests).Body);
    }
}
