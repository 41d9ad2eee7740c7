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
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SandboxControlClient control,
    IOptions<SandboxOptions> sandbox) : ISellerCenterApi
{
    public async Task<SellerCenterShop> GetShopAsync(CancellationToken ct = default)
    {
        var account = await AccountAsync(required: false, ct);
        if (account is null)
        {
            return new SellerCenterShop(false, null, null);
        }
        var dto = await CallAsync(() => control.Api.GetAccountAsync(account.Value, ct));
        return new SellerCenterShop(true, dto.Tiktok.ShopName, dto.Tiktok.Region);
    }

    public async Task<PagedResult<SellerCenterOrder>> ListOrdersAsync(int page = 1, int pageSize = 25, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        var result = await CallAsync(() => control.Api.ListTikTokOrdersAsync(account, page, pageSize, ct));
        return new PagedResult<SellerCenterOrder>(
            [.. result.Orders.Select(o => new SellerCenterOrder(o.Id, o.Status, DateTimeOffset.FromUnixTimeSeconds(o.CreateTime), DateTimeOffset.FromUnixTimeSeconds(o.UpdateTime),
                o.DeliveryOptionName, o.TotalAmount, o.Currency, [.. o.Skus.Select(s => $"{s.SellerSku} × {s.Quantity}")],
                [.. o.Packages.Select(p => new SellerCenterPackage(p.Id, p.Status, p.TrackingNumber, p.ShippingProviderName))]))],
            result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<CreatedSandboxOrders> CreateOrdersAsync(CreateSandboxOrdersRequest request, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        var skus = request.Skus is { Count: > 0 } list ? list.Select(s => new SkuQuantity(s.SellerSku, s.Quantity)).ToList() : null;
        var created = await CallAsync(() => control.Api.CreateTikTokOrdersAsync(account, new CreateOrdersBody(request.Count, request.Status, skus, request.DeliveryOptionName), ct));
        return new CreatedSandboxOrders(created.OrderIds);
    }

    public async Task CancelOrderAsync(string orderId, CancelSandboxOrderRequest request, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(async () =>
        {
            await control.Api.CancelTikTokOrderAsync(account, orderId, new CancelOrderBody(request.Initiator, request.Reason), ct);
            return true;
        });
    }

    public async Task<IReadOnlyList<SellerCenterInventory>> GetInventoryAsync(CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        var rows = await CallAsync(() => control.Api.GetTikTokInventoryAsync(account, ct));
        return [.. rows.Select(r => new SellerCenterInventory(r.SellerSku, r.WarehouseId, r.Quantity))];
    }

    private async Task<Guid?> AccountAsync(bool required, CancellationToken ct)
    {
        var me = await current.RequireAsync();
        if (!sandbox.Value.Enabled)
        {
            throw ApiProblemException.NotFound("The sandbox (it is switched off on this portal)");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.Workspaces.Where(w => w.Id == me.WorkspaceId).Select(w => w.SandboxAccountId).SingleAsync(ct);
        return account is null && required
            ? throw ApiProblemException.Conflict("This workspace has no sandbox shop yet. Open a TikTok Shop connection under Integrations and click Use sandbox.")
            : account;
    }

    /// <summary>The control API's own problem detail (which field, what to do) is passed on to the merchant.</summary>
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (HttpRequestException e)
        {
            throw new ApiProblemException(HttpStatusCode.BadGateway, "Sandbox unreachable",
                $"The portal could not reach its own sandbox ({e.Message}). If the portal runs behind a proxy, set Portal:PublicBaseUrl to an address the server can call.");
        }
        catch (ApiException e)
        {
            var problem = await e.GetContentAsAsync<ControlProblem>();
            var detail = problem?.Detail ?? $"The sandbox answered {(int)e.StatusCode}.";
            throw e.StatusCode switch
            {
                HttpStatusCode.NotFound => new ApiProblemException(HttpStatusCode.NotFound, "Not found", detail),
                HttpStatusCode.BadRequest => new ApiProblemException(HttpStatusCode.BadRequest, "Invalid input", detail, problem?.Errors),
                HttpStatusCode.Conflict => ApiProblemException.Conflict(detail),
                _ => new ApiProblemException(HttpStatusCode.BadGateway, "Sandbox error", detail),
            };
        }
    }

    private sealed record ControlProblem(string? Detail, Dictionary<string, string[]>? Errors);
}
