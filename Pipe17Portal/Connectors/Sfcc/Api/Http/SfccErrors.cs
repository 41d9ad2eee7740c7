using System.Net;
using System.Text.Json;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Turns an SFCC error answer (OCAPI fault, SCAPI RFC 7807 problem, OAuth error, or anything else) into an
/// <see cref="SfccError"/>: SFCC's message verbatim, next to a plain-language cause and fix.
/// </summary>
public static class SfccErrors
{
    private const int SnippetLength = 300;

    internal static SfccError FromResponse(SfccCallSite site, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        string? faultType = null, problemType = null, message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("fault", out var fault) && fault.ValueKind == JsonValueKind.Object)
                {
                    faultType = Text(fault, "type");
                    message = Text(fault, "message");
                }
                else if (Text(root, "type") is { } type)
                {
                    problemType = type.TrimEnd('/').Split('/')[^1];
                    message = Text(root, "detail") ?? Text(root, "title");
                }
                else if (Text(root, "error") is { } oauthError)
                {
                    problemType = oauthError;
                    message = Text(root, "error_description") ?? oauthError;
                }
                else
                {
                    message = Text(root, "message") ?? Text(root, "detail") ?? Text(root, "title");
                }
            }
        }
        catch (JsonException)
        {
        }

        message ??= $"SFCC answered HTTP {status}: {Snippet(body)}";
        var kind = KindOf(response, faultType, problemType);
        return new SfccError(site.Endpoint, status, kind, message, Explain(site, status, kind, faultType, problemType, message), faultType, problemType);
    }

    internal static SfccError Invalid(SfccCallSite site, int? status, string problem) =>
        new(site.Endpoint, status, SfccErrorKind.InvalidResponse, $"SFCC's answer to {site.Endpoint} could not be used: {problem}.",
            "The answer did not have the expected shape. If the instance runs a customization (hooks) on this resource, check it; otherwise try again later.", null, null);

    internal static SfccError TooLarge(SfccCallSite site, int limit) =>
        new(site.Endpoint, null, SfccErrorKind.InvalidResponse, $"SFCC's answer to {site.Endpoint} is larger than {limit:N0} bytes, the most the portal reads.",
            "No page the portal asks for should be that large; if the instance really answers so much (very large custom attributes), raise Sfcc:Api:MaxAnswerBytes.", null, null);

    internal static SfccError Network(SfccCallSite site, string message, string explanation) =>
        new(site.Endpoint, null, SfccErrorKind.Network, message, explanation, null, null);

    private static SfccErrorKind KindOf(HttpResponseMessage response, string? faultType, string? problemType) => response.StatusCode switch
    {
        HttpStatusCode.TooManyRequests => SfccErrorKind.RateLimited,
        HttpStatusCode.ServiceUnavailable when SfccResilience.IsLoadShedding(response) => SfccErrorKind.RateLimited,
        HttpStatusCode.Unauthorized => SfccErrorKind.Authentication,
        HttpStatusCode.Forbidden => SfccErrorKind.Forbidden,
        HttpStatusCode.NotFound => SfccErrorKind.NotFound,
        HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed => SfccErrorKind.Conflict,
        HttpStatusCode.RequestTimeout => SfccErrorKind.Transient,
        >= HttpStatusCode.InternalServerError => SfccErrorKind.Transient,
        HttpStatusCode.BadRequest when problemType is "invalid_client" or "unauthorized_client" or "invalid_grant" => SfccErrorKind.Authentication,
        _ when faultType is "InvalidAccessTokenException" or "InvalidAuthorizationHeaderException" or "MissingClientIdException" => SfccErrorKind.Authentication,
        _ => SfccErrorKind.Api,
    };

    private static string Explain(SfccCallSite site, int status, SfccErrorKind kind, string? faultType, string? problemType, string message)
    {
        var byType = faultType switch
        {
            "InvalidShippingMethodIdException" =>
                "SFCC has no shipping method with this id: map the TikTok delivery option to one of the instance's shipping methods (Merchant Tools › Ordering › Shipping Methods).",
            "InvalidPaymentMethodIdException" =>
                "SFCC has no active payment method with this id: create it (e.g. TTS) in Merchant Tools › Ordering › Payment Methods, or change the payment mapping.",
            "ClientAccessForbiddenException" =>
                $"The OCAPI settings in Business Manager do not allow this resource for your OCAPI client{For(site.ClientId)}: paste the settings the portal shows into Administration › Site Development › Open Commerce API Settings ({(site.Api == "OCAPI Data" ? "type Data, Global" : "type Shop, your site")}).",
            "InvalidAccessTokenException" =>
                "The OCAPI token was refused even after a fresh one: check the Business Manager user, its password or access key, and the OCAPI client secret.",
            "InvalidAuthorizationHeaderException" or "MissingClientIdException" =>
                $"The instance did not recognise the OCAPI client{For(site.ClientId)}: check the client id and that it is listed in the OCAPI settings.",
            "UnknownPropertyException" =>
                "The document sent has an attribute the instance does not know: define the custom attribute (c_…) in Business Manager › System Object Types, or remove it from the mapping.",
            "BasketNotFoundException" => "The basket no longer exists (it expired or was turned into an order); the order push starts again with a new basket.",
            "CustomerBasketsQuotaExceededException" =>
                "The customer already has the maximum of 4 open baskets: delete abandoned baskets of the generic customer, or use another customer matching strategy.",
            "ProductItemNotAvailableException" =>
                "A product in the order is not available (offline, not orderable or out of stock) on the site: check the SKU mapping and the product's availability.",
            "OrderNotFoundException" => "SFCC has no order with this number on the site.",
            "OrderNoAlreadyInUseException" =>
                "SFCC already has an order with this number, most likely from an earlier attempt whose answer was lost: read that order instead of creating it again.",
            "LoginAlreadyInUseException" =>
                "A customer with this login already exists in the customer list: search for it (by login or email) and use its customer number.",
            "CredentialsMissingException" or "LoginMissingException" or "InvalidLoginException" =>
                "A new customer needs a login (credentials.login, at most 256 characters, no spaces) that no other customer of the list uses.",
            "AccessWithoutUserForbiddenException" =>
                "This resource can only be used as an agent, with the Business Manager user grant: check the Business Manager user, its password or access key, and its roles.",
            "ProductItemNotFoundException" or "ShippingItemNotFoundException" or "PriceAdjustmentNotFoundException" =>
                "The basket changed meanwhile (the item or adjustment named is not in it); the order push starts again with a new basket.",
            "ProductNotFoundException" => "SFCC has no product with this id on the site: check the SKU mapping.",
            "CustomerNotFoundException" => "SFCC has no customer with this number in the customer list: check the generic customer number.",
            "SiteNotFoundException" => "The instance has no site with this id: check the Site ID in the settings (Business Manager › Administration › Sites).",
            "InventoryListNotFoundException" => "The instance has no inventory list with this id: check the inventory list id in the settings.",
            "CancelOrderException" or "OrderIntegrationStatusException" => "SFCC refused the status change for this order (it may be exported or already in a final state).",
            _ => null,
        } ?? problemType switch
        {
            "invalid-order-total" or "invalid-tax-total" => "The totals sent do not add up the way SFCC computes them: check the price and tax mapping.",
            "order-not-found" => "SFCC has no order with this number on the site.",
            "product-not-found" => "SFCC has no product with this id: check the SKU mapping.",
            "customer-not-found" => "SFCC has no customer with this number in the list: check the generic customer number.",
            "customer-list-not-found" => "The customer list does not exist: it is usually named after the site (check Merchant Tools › Customers).",
            "basket-not-found" => "The basket no longer exists (expired or already ordered).",
            "customer-baskets-quota-exceeded" => "The shopper already has an open basket: delete it before creating another one.",
            "order-status-transition" or "undo-fail-order" or "order-cancel-failed" => "SFCC does not allow this status change for the order in its current state.",
            "invalid_client" or "unauthorized_client" =>
                $"The API client{For(site.ClientId)} or its password was not accepted{AtWhere(site)}: check both in the settings.",
            "invalid_scope" => $"The API client{For(site.ClientId)} is not allowed one of the requested scopes: add them to its Allowed Scopes in Account Manager › API Client.",
            "invalid_grant" => "The user name, password / access key or client secret was not accepted: check the Business Manager user and the OCAPI client secret.",
            _ => null,
        };

        return byType ?? kind switch
        {
            SfccErrorKind.Forbidden when site.Scope is { } scope =>
                $"The API client{For(site.ClientId)} lacks the scope '{scope}' (or the tenant filter SALESFORCE_COMMERCE_API:<tenant>): in Account Manager › API Client › {site.ClientId ?? "your client"}, add '{scope}' to Allowed Scopes (and Default Scopes), save, and run the checks again.",
            SfccErrorKind.Forbidden => $"SFCC refused access to this resource{AtWhere(site)}: check the client's permissions for {site.Api}.",
            SfccErrorKind.Authentication => $"The credentials were not accepted{AtWhere(site)}, even with a fresh token: check the client id and password in the settings.",
            SfccErrorKind.NotFound => $"SFCC found nothing at this address{AtWhere(site)}: check the ids in the request and the instance/short code in the settings.",
            SfccErrorKind.RateLimited => "SFCC is throttling calls (rate limit or load shedding); the sync will try again later.",
            SfccErrorKind.Transient => status == 504
                ? "SFCC did not finish in time (gateway timeout); the call may or may not have been applied, the sync will try again later."
                : "SFCC had a temporary problem; the sync will try again later.",
            SfccErrorKind.Conflict => "The document changed in SFCC meanwhile, or the change is not allowed in its current state.",
            _ => $"SFCC refused the request ({message}).",
        };
    }

    private static string For(string? clientId) => clientId is null ? "" : $" '{clientId}'";

    private static string AtWhere(SfccCallSite site) => $" by {site.Api}";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Snippet(string text) =>
        text.Length == 0 ? "(empty)" : text.Length <= SnippetLength ? text : text[..SnippetLength] + "…";
}
