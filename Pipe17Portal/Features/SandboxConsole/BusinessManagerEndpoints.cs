using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Features.SandboxConsole;

public sealed class BusinessManagerEndpoints : IEndpointGroup
{
    public static string Prefix => "/sandbox/sfcc";
    public static string Tag => "Sandbox";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/instance", (IBusinessManagerApi api, CancellationToken ct) => api.GetInstanceAsync(ct))
            .WithSummary("The workspace's sandbox Salesforce instance: API clients with scopes, the Business Manager user's roles");
        group.MapPut("/api-clients/{clientId}/scopes", (string clientId, BmScopesUpdate update, IBusinessManagerApi api, CancellationToken ct) => api.SetScopesAsync(clientId, update, ct))
            .WithSummary("Change an API client's allowed scopes (to reproduce setup mistakes)");
        group.MapPut("/api-clients/{clientId}/disabled", (string clientId, BmClientDisabledUpdate update, IBusinessManagerApi api, CancellationToken ct) => api.SetClientDisabledAsync(clientId, update, ct))
            .WithSummary("Disable or enable an API client (its token requests are refused while disabled)");
        group.MapPost("/api-clients/{clientId}/change-password", (string clientId, IBusinessManagerApi api, CancellationToken ct) => api.ChangeClientPasswordAsync(clientId, ct))
            .WithSummary("Give an API client a new password, so the one the portal has stored stops working");
        group.MapPost("/ocapi-settings/remove-resource", (BmOcapiResourceRemoval removal, IBusinessManagerApi api, CancellationToken ct) => api.RemoveOcapiResourceAsync(removal, ct))
            .WithSummary("Remove a resource from the OCAPI settings (Shop or Data)");
        group.MapPut("/bm-user/roles", (BmRolesUpdate update, IBusinessManagerApi api, CancellationToken ct) => api.SetRolesAsync(update, ct))
            .WithSummary("Change the Business Manager user's roles");
        group.MapPut("/order-attribute-definitions", (BmOrderAttributesUpdate update, IBusinessManagerApi api, CancellationToken ct) => api.SetOrderAttributesAsync(update, ct))
            .WithSummary("Set the custom attributes defined on the Order type (an order with another c_ attribute is refused)");
        group.MapPut("/tax", (BmTaxUpdate update, IBusinessManagerApi api, CancellationToken ct) => api.SetTaxAsync(update, ct))
            .WithSummary("Set the site's tax rate and taxation (net or gross)");
        group.MapGet("/payment-methods", (IBusinessManagerApi api, CancellationToken ct) => api.ListPaymentMethodsAsync(ct))
            .WithSummary("Payment methods of the sandbox site");
        group.MapDelete("/payment-methods/{methodId}", async (string methodId, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.DeletePaymentMethodAsync(methodId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Delete a payment method (e.g. to see an order refused for a missing TTS)");
        group.MapGet("/shipping-methods", (IBusinessManagerApi api, CancellationToken ct) => api.ListShippingMethodsAsync(ct))
            .WithSummary("Shipping methods of the sandbox site, with their costs");
        group.MapGet("/customers", (IBusinessManagerApi api, CancellationToken ct) => api.ListCustomersAsync(ct))
            .WithSummary("Customers of the sandbox site's customer list");
        group.MapDelete("/customers/{customerNo}", async (string customerNo, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.DeleteCustomerAsync(customerNo, ct);
            return TypedResults.NoContent();
        }).WithSummary("Delete a customer (e.g. the generic TikTok Shop customer)");
        group.MapPost("/payment-methods", async (BmMethodCreate method, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.CreatePaymentMethodAsync(method, ct);
            return TypedResults.NoContent();
        }).WithSummary("Create a payment method (e.g. TTS)");
        group.MapPost("/shipping-methods", async (BmMethodCreate method, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.CreateShippingMethodAsync(method, ct);
            return TypedResults.NoContent();
        }).WithSummary("Create a shipping method");
        group.MapPost("/customers", async (BmCustomerCreate customer, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.CreateCustomerAsync(customer, ct);
            return TypedResults.NoContent();
        }).WithSummary("Create a customer (e.g. the generic TikTok Shop customer), optionally with a company name");
        group.MapGet("/orders", (IBusinessManagerApi api, CancellationToken ct) => api.ListOrdersAsync(ct))
            .WithSummary("Orders in the sandbox instance");
        group.MapPost("/orders/{orderNo}/ship", async (string orderNo, BmShipRequest request, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.ShipOrderAsync(orderNo, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("Ship a sandbox order with a carrier and tracking number");
        group.MapPut("/inventory/{sku}", async (string sku, BmInventoryUpdate update, IBusinessManagerApi api, CancellationToken ct) =>
        {
            await api.SetInventoryAsync(sku, update, ct);
            return TypedResults.NoContent();
        }).WithSummary("Set a SKU's stock");
        group.MapDelete("/products/{productId}", (string productId, IBusinessManagerApi api, CancellationToken ct) => api.DeleteProductAsync(productId, ct))
            .WithSummary("Delete a product (a master with its variants) from the sandbox catalog; the next catalog pull marks it removed");
    }
}
