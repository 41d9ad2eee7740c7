using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>The Sandbox Seller Center, driving the workspace's sandbox shop through the emulator's control API over HTTP.</summary>
public sealed class SellerCenterService(
    SandboxWorkspace workspace,
    SandboxControlClient control) : ISellerCenterApi
{
    private const string Missing = "This workspace has no sandbox shop yet. Open a TikTok Shop connection under Integrations and click Use sandbox.";

    public async Task<SellerCenterShop> GetShopAsync(CancellationToken ct = default)
    {
        var account = await workspace.AccountAsync(required: false, Missing, ct);
        if (account is null)
        {
            return new SellerCenterShop(false, null, null);
        }
        var dto = await SandboxWorkspace.CallAsync(() => control.Api.GetAccountAsync(account.Value, ct));
        return new SellerCenterShop(true, dto.Tiktok.ShopName, dto.Tiktok.Region);
    }

    public async Task<PagedResult<SellerCenterOrder>> ListOrdersAsync(int page = 1, int pageSize = 25, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var result = await SandboxWorkspace.CallAsync(() => control.Api.ListTikTokOrdersAsync(account, page, pageSize, ct));
        return new PagedResult<SellerCenterOrder>(
            [.. result.Orders.Select(o => new SellerCenterOrder(o.Id, o.Status, DateTimeOffset.FromUnixTimeSeconds(o.CreateTime), DateTimeOffset.FromUnixTimeSeconds(o.UpdateTime),
                o.DeliveryOptionName, o.TotalAmount, o.Currency, [.. o.Skus.Select(s => $"{s.SellerSku} × {s.Quantity}")],
                [.. o.Packages.Select(p => new SellerCenterPackage(p.Id, p.Status, p.TrackingNumber, p.ShippingProviderName))]))],
            result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<CreatedSandboxOrders> CreateOrdersAsync(CreateSandboxOrdersRequest request, CancellationToken ct = default)
    {
        if (request.Skus?.Any(s => s is null) == true)
        {
            // Found by the API fuzzing: an empty line answered 500.
            throw ApiProblemException.Invalid("skus", "Every line needs a seller SKU and a quantity, e.g. {\"sellerSku\": \"TEE-CLASSIC-BLK-M\", \"quantity\": 1}; remove empty lines.");
        }
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var skus = request.Skus is { Count: > 0 } list ? list.Select(s => new SkuQuantity(s.SellerSku, s.Quantity)).ToList() : null;
        var created = await SandboxWorkspace.CallAsync(() => control.Api.CreateTikTokOrdersAsync(account, new CreateOrdersBody(request.Count, request.Status, skus, request.DeliveryOptionName), ct));
        return new CreatedSandboxOrders(created.OrderIds);
    }

    public async Task CancelOrderAsync(string orderId, CancelSandboxOrderRequest request, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(async () =>
        {
            await control.Api.CancelTikTokOrderAsync(account, orderId, new CancelOrderBody(request.Initiator, request.Reason), ct);
            return true;
        });
    }

    public async Task<IReadOnlyList<SellerCenterInventory>> GetInventoryAsync(CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var rows = await SandboxWorkspace.CallAsync(() => control.Api.GetTikTokInventoryAsync(account, ct));
        return [.. rows.Select(r => new SellerCenterInventory(r.SellerSku, r.WarehouseId, r.Quantity))];
    }
}
