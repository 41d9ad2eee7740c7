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

/// <summary>The Sandbox Business Manager, changing the workspace's sandbox Salesforce instance through the control API over HTTP.</summary>
public sealed class BusinessManagerService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SandboxControlClient control,
    IOptions<SandboxOptions> sandbox) : IBusinessManagerApi
{
    public async Task<BmInstance> GetInstanceAsync(CancellationToken ct = default)
    {
        var account = await AccountAsync(required: false, ct);
        return account is null ? new BmInstance(false, null, null, null, [], []) : await InstanceAsync(account.Value, ct);
    }

    public async Task<BmInstance> SetScopesAsync(string clientId, BmScopesUpdate update, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(() => control.Api.SetSfccScopesAsync(account, clientId, new ControlScopes(update.Scopes), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> SetRolesAsync(BmRolesUpdate update, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(() => control.Api.SetSfccBmRolesAsync(account, new ControlRoles(update.Roles), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task CreatePaymentMethodAsync(BmMethodCreate method, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(async () => { await control.Api.CreateSfccPaymentMethodAsync(account, new ControlMethod(method.Id), ct); return true; });
    }

    public async Task CreateShippingMethodAsync(BmMethodCreate method, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(async () => { await control.Api.CreateSfccShippingMethodAsync(account, new ControlMethod(method.Id), ct); return true; });
    }

    public async Task CreateCustomerAsync(BmCustomerCreate customer, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(async () => { await control.Api.CreateSfccCustomerAsync(account, new ControlCustomer(customer.Email, string.IsNullOrWhiteSpace(customer.CustomerNo) ? null : customer.CustomerNo), ct); return true; });
    }

    public async Task<IReadOnlyList<BmOrder>> ListOrdersAsync(CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        var orders = await CallAsync(() => control.Api.ListSfccOrdersAsync(account, ct));
        return [.. orders.Select(o => new BmOrder(o.OrderNo, o.Status, o.ShippingStatus, o.CustomerNo, o.ShippingMethod, o.PaymentMethod, o.OrderTotal, o.TrackingNumbers ?? []))];
    }

    public async Task ShipOrderAsync(string orderNo, BmShipRequest request, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        // The order must be this workspace's sandbox order before anything about the request is judged.
        var orders = await CallAsync(() => control.Api.ListSfccOrdersAsync(account, ct));
        if (orders.All(o => o.OrderNo != orderNo))
        {
            throw ApiProblemException.NotFound($"Order {orderNo} in your sandbox instance");
        }
        await CallAsync(async () => { await control.Api.ShipSfccOrderAsync(account, orderNo, new ControlShip(request.TrackingNumber, request.Carrier), ct); return true; });
    }

    public async Task SetInventoryAsync(string sku, BmInventoryUpdate update, CancellationToken ct = default)
    {
        var account = (await AccountAsync(required: true, ct))!.Value;
        await CallAsync(async () => { await control.Api.SetSfccInventoryAsync(account, sku, new ControlQuantity(update.Quantity), ct); return true; });
    }

    private async Task<BmInstance> InstanceAsync(Guid account, CancellationToken ct)
    {
        var dto = await CallAsync(() => control.Api.GetAccountAsync(account, ct));
        var s = dto.Sfcc ?? throw ApiProblemException.Conflict("The sandbox account has no Salesforce instance.");
        var user = await CallAsync(() => control.Api.GetSfccBmUserAsync(account, ct));
        var clients = new List<BmApiClient>();
        foreach (var clientId in new[] { s.B2cApiClientId, s.ShopApiClientId, s.OcapiClientId })
        {
            var client = await CallAsync(() => control.Api.GetSfccClientAsync(account, clientId, ct));
            clients.Add(new BmApiClient(client.ClientId, client.Kind, client.Role, client.Scopes));
        }
        return new BmInstance(true, s.OrganizationId, s.SiteId, user.User, user.Roles, clients);
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
            ? throw ApiProblemException.Conflict("This workspace has no sandbox instance yet. Open a Salesforce connection under Integrations and click Use sandbox.")
            : account;
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (HttpRequestException e)
        {
            throw new ApiProblemException(HttpStatusCode.BadGateway, "Sandbox unreachable", $"The portal could not reach its own sandbox ({e.Message}).");
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
