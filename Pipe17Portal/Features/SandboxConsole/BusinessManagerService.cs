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
    SandboxWorkspace workspace,
    SandboxControlClient control) : IBusinessManagerApi
{
    private const string Missing = "This workspace has no sandbox instance yet. Open a Salesforce connection under Integrations and click Use sandbox.";

    public async Task<BmInstance> GetInstanceAsync(CancellationToken ct = default)
    {
        var account = await workspace.AccountAsync(required: false, Missing, ct);
        return account is null ? new BmInstance(false, null, null, null, [], []) : await InstanceAsync(account.Value, ct);
    }

    public async Task<BmInstance> SetScopesAsync(string clientId, BmScopesUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccScopesAsync(account, clientId, new ControlScopes(update.Scopes), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> SetClientDisabledAsync(string clientId, BmClientDisabledUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccClientDisabledAsync(account, clientId, new ControlDisabled(update.Disabled), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> ChangeClientPasswordAsync(string clientId, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        // A new random password nobody is shown: the point is that the portal's stored one stops working, as after a rotation in Account Manager.
        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccClientSecretAsync(account, clientId, new ControlSecret(secret), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> RemoveOcapiResourceAsync(BmOcapiResourceRemoval removal, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        if (removal is null || removal.Api is not ("shop" or "data") || string.IsNullOrWhiteSpace(removal.ResourceId))
        {
            throw ApiProblemException.Invalid("resourceId", "Name the settings document (api: shop or data) and the resource id to remove, e.g. /baskets/*/items.");
        }
        await SandboxWorkspace.CallAsync(() => control.Api.RemoveSfccOcapiResourceAsync(account, removal.Api, new ControlResourceId(removal.ResourceId), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> SetRolesAsync(BmRolesUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccBmRolesAsync(account, new ControlRoles(update.Roles), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> SetOrderAttributesAsync(BmOrderAttributesUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var ids = update?.Attributes?.Select(a => a?.Trim() ?? "").Select(a => a.StartsWith("c_", StringComparison.Ordinal) ? a[2..] : a).ToList();
        if (ids is null || ids.Any(a => a.Length == 0))
        {
            throw ApiProblemException.Invalid("attributes", "List the attribute ids to define on the Order type, e.g. tiktokOrderId (the c_ prefix is optional).");
        }
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccOrderAttributesAsync(account, new ControlOrderAttributes(ids), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<BmInstance> SetTaxAsync(BmTaxUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        if (update is null || update.TaxRate is < 0 or > 0.5m || update.Taxation is not ("net" or "gross"))
        {
            throw ApiProblemException.Invalid("taxRate", "Enter the tax rate as a fraction from 0 to 0.5 (0.0825 for 8.25 %) and taxation net or gross.");
        }
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccTaxAsync(account, new ControlTax(update.TaxRate, update.Taxation), ct));
        return await InstanceAsync(account, ct);
    }

    public async Task<IReadOnlyList<BmMethod>> ListPaymentMethodsAsync(CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var methods = await SandboxWorkspace.CallAsync(() => control.Api.ListSfccPaymentMethodsAsync(account, ct));
        return [.. methods.Select(m => new BmMethod(m.Id, m.Name, null))];
    }

    public async Task DeletePaymentMethodAsync(string methodId, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.DeleteSfccPaymentMethodAsync(account, methodId, ct));
    }

    public async Task<IReadOnlyList<BmMethod>> ListShippingMethodsAsync(CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var methods = await SandboxWorkspace.CallAsync(() => control.Api.ListSfccShippingMethodsAsync(account, ct));
        return [.. methods.Select(m => new BmMethod(m.Id, m.Name, m.Cost))];
    }

    public async Task<IReadOnlyList<BmCustomer>> ListCustomersAsync(CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var customers = await SandboxWorkspace.CallAsync(() => control.Api.ListSfccCustomersAsync(account, ct));
        return [.. customers.Select(c => new BmCustomer(c.CustomerNo, c.Email, c.FirstName, c.LastName, c.CompanyName))];
    }

    public async Task DeleteCustomerAsync(string customerNo, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.DeleteSfccCustomerAsync(account, customerNo, ct));
    }

    public async Task CreatePaymentMethodAsync(BmMethodCreate method, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.CreateSfccPaymentMethodAsync(account, new ControlMethod(method.Id), ct));
    }

    public async Task CreateShippingMethodAsync(BmMethodCreate method, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.CreateSfccShippingMethodAsync(account, new ControlMethod(method.Id), ct));
    }

    public async Task CreateCustomerAsync(BmCustomerCreate customer, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.CreateSfccCustomerAsync(account, new ControlCustomer(customer.Email, string.IsNullOrWhiteSpace(customer.CustomerNo) ? null : customer.CustomerNo,
            string.IsNullOrWhiteSpace(customer.CompanyName) ? null : customer.CompanyName.Trim()), ct));
    }

    public async Task<IReadOnlyList<BmOrder>> ListOrdersAsync(CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        var orders = await SandboxWorkspace.CallAsync(() => control.Api.ListSfccOrdersAsync(account, ct));
        return [.. orders.Select(o => new BmOrder(o.OrderNo, o.Status, o.ShippingStatus, o.CustomerNo, o.ShippingMethod, o.PaymentMethod, o.OrderTotal, o.TrackingNumbers ?? [],
            [.. (o.Lines ?? []).Select(l => new BmOrderLine(l.ProductId, l.Quantity, l.Shipped))]))];
    }

    public async Task ShipOrderAsync(string orderNo, BmShipRequest request, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        // The order must be this workspace's sandbox order before anything about the request is judged.
        var orders = await SandboxWorkspace.CallAsync(() => control.Api.ListSfccOrdersAsync(account, ct));
        if (orders.All(o => o.OrderNo != orderNo))
        {
            throw ApiProblemException.NotFound($"Order {orderNo} in your sandbox instance");
        }
        await SandboxWorkspace.CallAsync(() => control.Api.ShipSfccOrderAsync(account, orderNo, new ControlShip(request.TrackingNumber, request.Carrier,
            request.Lines is null ? null : [.. request.Lines.Select(l => new ControlShipLine(l.ProductId, l.Quantity))]), ct));
    }

    public async Task SetInventoryAsync(string sku, BmInventoryUpdate update, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        await SandboxWorkspace.CallAsync(() => control.Api.SetSfccInventoryAsync(account, sku, new ControlQuantity(update.Quantity, string.IsNullOrWhiteSpace(update.Location) ? null : update.Location.Trim()), ct));
    }

    public async Task<BmDeletedProducts> DeleteProductAsync(string productId, CancellationToken ct = default)
    {
        var account = (await workspace.AccountAsync(required: true, Missing, ct))!.Value;
        if (string.IsNullOrWhiteSpace(productId))
        {
            throw ApiProblemException.Invalid("productId", "Enter the id of the product to delete, e.g. a SKU from Products.");
        }
        var deleted = await SandboxWorkspace.CallAsync(() => control.Api.DeleteSfccProductAsync(account, productId, ct));
        return new BmDeletedProducts(deleted.Deleted);
    }

    private async Task<BmInstance> InstanceAsync(Guid account, CancellationToken ct)
    {
        var dto = await SandboxWorkspace.CallAsync(() => control.Api.GetAccountAsync(account, ct));
        var s = dto.Sfcc ?? throw ApiProblemException.Conflict("The sandbox account has no Salesforce instance.");
        var user = await SandboxWorkspace.CallAsync(() => control.Api.GetSfccBmUserAsync(account, ct));
        var clients = new List<BmApiClient>();
        foreach (var clientId in new[] { s.B2cApiClientId, s.ShopApiClientId, s.OcapiClientId })
        {
            var client = await SandboxWorkspace.CallAsync(() => control.Api.GetSfccClientAsync(account, clientId, ct));
            clients.Add(new BmApiClient(client.ClientId, client.Kind, client.Role, client.Scopes, client.Disabled,
                client.DefaultScopes, client.TokenEndpointAuthMethod, client.AccessTokenFormat));
        }
        var settings = await SandboxWorkspace.CallAsync(() => control.Api.GetSfccOcapiSettingsAsync(account, ct));
        var attributes = await SandboxWorkspace.CallAsync(() => control.Api.GetSfccOrderAttributesAsync(account, ct));
        var preferences = await SandboxWorkspace.CallAsync(() => control.Api.GetSfccSitePreferencesAsync(account, ct));
        return new BmInstance(true, s.OrganizationId, s.SiteId, user.User, user.Roles, clients,
            [.. OcapiResources(settings, "shop", s.OcapiClientId), .. OcapiResources(settings, "data", s.OcapiClientId)],
            attributes.Attributes, preferences.TaxRate, preferences.Taxation);
    }

    /// <summary>The resources one settings document allows the OCAPI client, as listed in its JSON.</summary>
    private static IEnumerable<BmOcapiResource> OcapiResources(System.Text.Json.JsonElement settings, string api, string clientId)
    {
        if (settings.ValueKind != System.Text.Json.JsonValueKind.Object || !settings.TryGetProperty(api, out var document)
            || document.ValueKind != System.Text.Json.JsonValueKind.Object || !document.TryGetProperty("clients", out var clients) || clients.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            yield break;
        }
        foreach (var client in clients.EnumerateArray())
        {
            if (!client.TryGetProperty("client_id", out var id) || !string.Equals(id.GetString(), clientId, StringComparison.OrdinalIgnoreCase)
                || !client.TryGetProperty("resources", out var resources) || resources.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                continue;
            }
            foreach (var resource in resources.EnumerateArray())
            {
                var methods = resource.TryGetProperty("methods", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Array
                    ? m.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                    : [];
                yield return new BmOcapiResource(api, resource.GetProperty("resource_id").GetString() ?? "", methods);
            }
        }
    }
}
