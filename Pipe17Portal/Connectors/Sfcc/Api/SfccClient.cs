using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Refit;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>
/// SFCC for one connection, grouped by API family. Every method answers an <see cref="SfccResult{T}"/>; API errors,
/// refused addresses, token problems and network failures never throw.
/// </summary>
public sealed class SfccClient
{
    private static readonly RefitSettings ScapiSettings = new(new SystemTextJsonContentSerializer(SfccJson.Scapi));
    private static readonly RefitSettings OcapiSettings = new(new SystemTextJsonContentSerializer(SfccJson.Ocapi));

    /// <param name="admin">SCAPI host with the Account Manager token.</param>
    /// <param name="ocapi">The instance with the Business Manager user grant.</param>
    internal SfccClient(SfccContext context, HttpClient admin, HttpClient ocapi, SfccTokenService tokenService)
    {
        Context = context;
        Products = new SfccProductsClient(context, RestService.ForGenerated<ISfccProductsApi>(admin, ScapiSettings));
        Catalogs = new SfccCatalogsClient(context, RestService.ForGenerated<ISfccCatalogsApi>(admin, ScapiSettings));
        Customers = new SfccCustomersClient(context, RestService.ForGenerated<ISfccCustomersApi>(admin, ScapiSettings));
        Orders = new SfccOrdersClient(context, RestService.ForGenerated<ISfccOrdersApi>(admin, ScapiSettings));
        Inventory = new SfccInventoryClient(context, RestService.ForGenerated<ISfccInventoryApi>(admin, ScapiSettings));
        Shop = new SfccShopClient(context, RestService.ForGenerated<ISfccShopApi>(ocapi, OcapiSettings));
        Data = new SfccDataClient(context, RestService.ForGenerated<ISfccDataApi>(ocapi, OcapiSettings));
        Tokens = new SfccTokens(context, tokenService);
        OcapiProbe = new SfccOcapiProbeClient(context, RestService.ForGenerated<ISfccOcapiProbeApi>(ocapi, OcapiSettings));
    }

    public SfccContext Context { get; }

    public SfccProductsClient Products { get; }

    public SfccCatalogsClient Catalogs { get; }

    public SfccCustomersClient Customers { get; }

    public SfccOrdersClient Orders { get; }

    public SfccInventoryClient Inventory { get; }

    public SfccShopClient Shop { get; }

    public SfccDataClient Data { get; }

    public SfccTokens Tokens { get; }

    /// <summary>Tells which OCAPI resources the settings let the client call, without changing anything (the troubleshooting check).</summary>
    public SfccOcapiProbeClient OcapiProbe { get; }
}
