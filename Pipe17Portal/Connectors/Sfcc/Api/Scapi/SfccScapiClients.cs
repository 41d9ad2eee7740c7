using System.Runtime.CompilerServices;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;

namespace Pipe17Portal.Connectors.Sfcc.Api;

public sealed class SfccProductsClient(SfccContext context, ISfccProductsApi api)
{
    public const string SearchEndpoint = "POST /product/products/v1/organizations/{org}/product-search";
    public const string GetEndpoint = "GET /product/products/v1/organizations/{org}/products/{productId}";
    public const string VariationsEndpoint = "GET /product/products/v1/organizations/{org}/products/{masterProductId}/variations";
    public const int MaxSearchLimit = 200;
    public const int MaxVariationsLimit = 50;

    private SfccCredentials C => context.Credentials;

    /// <param name="limit">1–200.</param>
    public Task<SfccResult<ScapiProductSearchResult>> SearchAsync(ScapiQuery query, int limit = MaxSearchLimit, int offset = 0, CancellationToken ct = default)
    {
        var body = new ScapiProductSearchRequest(query, Math.Clamp(limit, 1, MaxSearchLimit), Math.Max(0, offset), [new ScapiSort("id")]);
        return PageAsync(Site(SearchEndpoint), body.Offset,
            SfccCall.SendAsync<ScapiProductSearchResult>(Site(SearchEndpoint), () => api.SearchProductsAsync(C.OrganizationId, C.SiteId, body, ct), SfccJson.Scapi, ct),
            page => page.Offset);
    }

    /// <summary>
    /// Every page of a search (sorted by id), until <c>total</c> is reached or a page comes back empty. A failed page is
    /// yielded and ends the enumeration.
    /// </summary>
    public async IAsyncEnumerable<SfccResult<ScapiProductSearchResult>> SearchAllAsync(
        ScapiQuery? query = null, int pageSize = MaxSearchLimit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var offset = 0;
        while (true)
        {
            var page = await SearchAsync(query ?? ScapiQuery.MatchAll, pageSize, offset, ct);
            yield return page;
            if (!page.IsSuccess || page.Data.Hits.Count == 0)
            {
                yield break;
            }

            offset += page.Data.Hits.Count;
            if (offset >= page.Data.Total)
            {
                yield break;
            }
        }
    }

    public Task<SfccResult<ScapiProduct>> GetAsync(string productId, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiProduct>(Site(GetEndpoint), () => api.GetProductAsync(C.OrganizationId, productId, C.SiteId, ct), SfccJson.Scapi, ct);

    /// <param name="limit">1–50.</param>
    public Task<SfccResult<ScapiVariationsResult>> GetVariationsAsync(string masterProductId, int limit = MaxVariationsLimit, int offset = 0, CancellationToken ct = default) =>
        PageAsync(Site(VariationsEndpoint), Math.Max(0, offset),
            SfccCall.SendAsync<ScapiVariationsResult>(Site(VariationsEndpoint),
                () => api.GetVariationsAsync(C.OrganizationId, masterProductId, Math.Clamp(limit, 1, MaxVariationsLimit), Math.Max(0, offset), ct), SfccJson.Scapi, ct),
            page => page.Offset);

    /// <summary>
    /// A page must be the one asked for: callers page on until <c>total</c>, so an answer that repeats an earlier page (a
    /// caching proxy, a broken customization) while claiming a large total would have them read it for ever.
    /// </summary>
    private static async Task<SfccResult<T>> PageAsync<T>(SfccCallSite site, int offset, Task<SfccResult<T>> call, Func<T, int> answeredOffset)
    {
        var page = await call;
        return page.IsSuccess && answeredOffset(page.Data) != offset
            ? SfccResult<T>.Failure(SfccErrors.Invalid(site, 200, $"the page at offset {offset} was asked for, and the one at offset {answeredOffset(page.Data)} came back"))
            : page;
    }

    private SfccCallSite Site(string endpoint) => new(endpoint, "SCAPI", SfccScopes.Products, C.B2cClientId);
}

public sealed class SfccCatalogsClient(SfccContext context, ISfccCatalogsApi api)
{
    public const string CatalogsEndpoint = "GET /product/catalogs/v1/organizations/{org}/catalogs";
    public const string CategoriesEndpoint = "GET /product/catalogs/v1/organizations/{org}/catalogs/{catalogId}/categories";

    public Task<SfccResult<ScapiPage<ScapiCatalog>>> GetCatalogsAsync(int limit = 50, int offset = 0, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiPage<ScapiCatalog>>(Site(CatalogsEndpoint),
            () => api.GetCatalogsAsync(context.Credentials.OrganizationId, limit, offset, ct), SfccJson.Scapi, ct);

    public Task<SfccResult<ScapiPage<ScapiCategory>>> GetCategoriesAsync(string catalogId, int limit = 50, int offset = 0, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiPage<ScapiCategory>>(Site(CategoriesEndpoint),
            () => api.GetCategoriesAsync(context.Credentials.OrganizationId, catalogId, limit, offset, ct), SfccJson.Scapi, ct);

    private SfccCallSite Site(string endpoint) => new(endpoint, "SCAPI", SfccScopes.Catalogs, context.Credentials.B2cClientId);
}

public sealed class SfccCustomersClient(SfccContext context, ISfccCustomersApi api)
{
    public const string ListEndpoint = "GET /customer/customers/v1/organizations/{org}/customer-lists/{listId}/customers";
    public const string GetEndpoint = "GET /customer/customers/v1/organizations/{org}/customer-lists/{listId}/customers/{customerNo}";
    public const string SearchEndpoint = "POST /customer/customers/v1/organizations/{org}/customer-lists/{listId}/customer-search";

    /// <param name="customerListId">Usually named after the site; null means the site id.</param>
    public Task<SfccResult<ScapiPage<ScapiCustomer>>> GetCustomersAsync(string? customerListId = null, int limit = 50, int offset = 0, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiPage<ScapiCustomer>>(Site(ListEndpoint),
            () => api.GetCustomersAsync(context.Credentials.OrganizationId, customerListId ?? context.Credentials.SiteId, limit, offset, ct), SfccJson.Scapi, ct);

    public Task<SfccResult<ScapiCustomer>> GetAsync(string customerNo, string? customerListId = null, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiCustomer>(Site(GetEndpoint),
            () => api.GetCustomerAsync(context.Credentials.OrganizationId, customerListId ?? context.Credentials.SiteId, customerNo, ct), SfccJson.Scapi, ct);

    public Task<SfccResult<ScapiSearchResult<ScapiCustomer>>> SearchAsync(ScapiQuery query, string? customerListId = null, int limit = 25, int offset = 0, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiSearchResult<ScapiCustomer>>(Site(SearchEndpoint),
            () => api.SearchCustomersAsync(context.Credentials.OrganizationId, customerListId ?? context.Credentials.SiteId, new ScapiSearchRequest(query, limit, offset), ct),
            SfccJson.Scapi, ct);

    /// <summary>Customers with this exact email address.</summary>
    public Task<SfccResult<ScapiSearchResult<ScapiCustomer>>> FindByEmailAsync(string email, string? customerListId = null, CancellationToken ct = default) =>
        SearchAsync(ScapiQuery.Text("email", email), customerListId, ct: ct);

    private SfccCallSite Site(string endpoint) => new(endpoint, "SCAPI", SfccScopes.CustomerLists, context.Credentials.B2cClientId);
}

public sealed class SfccOrdersClient(SfccContext context, ISfccOrdersApi api)
{
    public const string ListEndpoint = "GET /checkout/orders/v1/organizations/{org}/orders";
    public const string GetEndpoint = "GET /checkout/orders/v1/organizations/{org}/orders/{orderNo}";
    public const string StatusEndpoint = "PUT /checkout/orders/v1/organizations/{org}/orders/{orderNo}/status";
    public const int MaxLimit = 200;

    /// <summary>One page; <c>siteId</c> is filled from the connection. There is no total: a short page is the last.</summary>
    public Task<SfccResult<ScapiPage<ScapiOrder>>> ListAsync(ScapiOrderQuery query, CancellationToken ct = default)
    {
        query = query with { SiteId = context.Credentials.SiteId, Limit = Math.Clamp(query.Limit ?? MaxLimit, 1, MaxLimit) };
        return SfccCall.SendAsync<ScapiPage<ScapiOrder>>(Site(ListEndpoint, SfccScopes.Orders),
            () => api.GetOrdersAsync(context.Credentials.OrganizationId, query.SiteId, query.Status, query.ExportStatus, query.PaymentStatus,
                query.ShippingStatus, query.CreationDateFrom, query.CreationDateTo, query.LastModifiedDateFrom, query.LastModifiedDateTo,
                query.SortBy, query.SortOrder, query.Limit, query.Offset, ct), SfccJson.Scapi, ct);
    }

    /// <summary>Every page until a short one (offset + limit stays within SFCC's 10,000).</summary>
    public async IAsyncEnumerable<SfccResult<ScapiPage<ScapiOrder>>> ListAllAsync(ScapiOrderQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var limit = Math.Clamp(query.Limit ?? MaxLimit, 1, MaxLimit);
        for (var offset = query.Offset ?? 0; offset + limit <= 10_000; offset += limit)
        {
            var page = await ListAsync(query with { Limit = limit, Offset = offset }, ct);
            yield return page;
            if (!page.IsSuccess || page.Data.Data.Count < limit)
            {
                yield break;
            }
        }
    }

    public Task<SfccResult<ScapiOrder>> GetAsync(string orderNo, CancellationToken ct = default) =>
        SfccCall.SendAsync<ScapiOrder>(Site(GetEndpoint, SfccScopes.Orders),
            () => api.GetOrderAsync(context.Credentials.OrganizationId, orderNo, context.Credentials.SiteId, ct), SfccJson.Scapi, ct);

    /// <param name="status">created|new|completed|cancelled|failed|failed_with_reopen.</param>
    public Task<SfccResult<SfccAck>> UpdateStatusAsync(string orderNo, string status, CancellationToken ct = default) =>
        SfccCall.SendAsync<SfccAck>(Site(StatusEndpoint, SfccScopes.Orders),
            () => api.UpdateOrderStatusAsync(context.Credentials.OrganizationId, orderNo, context.Credentials.SiteId, new ScapiStatusRequest(status), ct),
            SfccJson.Scapi, ct);

    private SfccCallSite Site(string endpoint, string scope) => new(endpoint, "SCAPI", scope, context.Credentials.B2cClientId);
}

public sealed class SfccInventoryClient(SfccContext context, ISfccInventoryApi api)
{
    public const string AvailabilityEndpoint = "POST /inventory/availability/v1/organizations/{tenantGroupId}/availability-records/actions/get-availability";
    public const string DeltaTokenEndpoint = "POST /inventory/availability/v1/organizations/{tenantGroupId}/availability-records/delta-token";
    public const string DeltasEndpoint = "POST /inventory/availability/v1/organizations/{tenantGroupId}/availability-records/actions/get-deltas";
    public const int MaxAvailabilitySkus = 100;

    /// <param name="tenantGroupId">OCI's tenant group (not the org id); see Business Manager › Omnichannel Inventory.</param>
    public Task<SfccResult<OciAvailabilityResult>> GetAvailabilityAsync(
        string tenantGroupId, IReadOnlyList<string> skus, IReadOnlyList<string>? groups = null, IReadOnlyList<string>? locations = null, CancellationToken ct = default) =>
        SfccCall.SendAsync<OciAvailabilityResult>(new SfccCallSite(AvailabilityEndpoint, "SCAPI", SfccScopes.InventoryAvailability, context.Credentials.B2cClientId),
            () => api.GetAvailabilityAsync(tenantGroupId, new OciAvailabilityRequest(skus, groups, locations), ct), SfccJson.Scapi, ct);

    /// <summary>Starts a change feed at its current end for some locations (or groups): changes after now are read with it.</summary>
    public Task<SfccResult<OciDeltaToken>> CreateDeltaTokenAsync(string tenantGroupId, string placeType, IReadOnlyList<string> places, CancellationToken ct = default) =>
        SfccCall.SendAsync<OciDeltaToken>(new SfccCallSite(DeltaTokenEndpoint, "SCAPI", SfccScopes.InventoryAvailability, context.Credentials.B2cClientId),
            () => api.CreateDeltaTokenAsync(tenantGroupId, new OciDeltaTokenRequest(placeType, places), ct), SfccJson.Scapi, ct);

    /// <summary>The changes after <paramref name="deltaToken"/>; read on with the answer's next token while it says to query again.</summary>
    public Task<SfccResult<OciDeltasResult>> GetDeltasAsync(string tenantGroupId, string deltaToken, CancellationToken ct = default) =>
        SfccCall.SendAsync<OciDeltasResult>(new SfccCallSite(DeltasEndpoint, "SCAPI", SfccScopes.InventoryAvailability, context.Credentials.B2cClientId),
            () => api.GetDeltasAsync(tenantGroupId, new OciDeltaToken(deltaToken), ct), SfccJson.Scapi, ct);
}
