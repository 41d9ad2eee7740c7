using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Inventory;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc;

/// <summary>
/// The one seam between a Salesforce connection and everything that runs for it (jobs, the push, the pages): which hosts
/// and credentials to use, the client, and which flows are scheduled. The counterpart of <c>TikTokShopLink</c>.
/// </summary>
/// <summary>A Salesforce flow's run as it starts: the connection, its settings, and the client context to call SFCC with.</summary>
public sealed record SfccFlowStart(Connection Connection, SfccConnectionSettings Settings, SfccContext Context);

public sealed class SfccLink(
    ConnectionSecrets secrets,
    SfccClientFactory clients,
    ConnectionJobs jobs,
    IOptions<SfccOptions> options,
    IOptions<OrderPushOptions> pushOptions,
    IOptions<Shipping.ShippingPullOptions> shippingOptions) : IConnector
{
    public ConnectorKind Kind => ConnectorKind.SalesforceCommerceCloud;

    /// <summary>The client context: the sandbox's bases for a sandbox connection, else the production hosts.</summary>
    public async Task<SfccContext> ContextAsync(PortalDbContext db, Connection connection, SfccConnectionSettings s, CancellationToken ct)
    {
        async Task<string> Secret(string name, string label) => await secrets.GetAsync(db, connection.Id, name, ct)
            ?? throw ApiProblemException.Invalid("settings", $"The {label} is not set. Enter it and save, or click Use sandbox.");
        var credentials = new SfccCredentials(s.ShortCode, s.OrganizationId, s.SiteId,
            s.B2cClientId, await Secret(SfccSecrets.B2cClientPassword, "B2C API client password"),
            s.ShopClientId, await Secret(SfccSecrets.ShopClientPassword, "Shop API client password"),
            s.OcapiClientId, await Secret(SfccSecrets.OcapiClientPassword, "OCAPI client password"),
            s.BmUser, await Secret(SfccSecrets.BmPassword, "Business Manager password"), s.OcapiVersion);
        var endpoints = s is { IsSandbox: true, SandboxBaseUrl: { } sandboxBase }
            ? SfccEndpoints.Sandbox(new Uri(sandboxBase.TrimEnd('/') + "/"))
            : SfccEndpoints.Production(s.ShortCode, new Uri(s.OcapiUrl));
        return new SfccContext(connection.Id, endpoints, credentials, s.IsSandbox);
    }

    public async Task<SfccClient> ClientAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings, CancellationToken ct) =>
        clients.For(await ContextAsync(db, connection, settings, ct));

    /// <summary>
    /// What a Salesforce flow needs to start a run: the connection as stored now, its settings and its client. Null when the
    /// connection is gone, not connected, or <paramref name="isOn"/> says the flow is switched off.
    /// </summary>
    public async Task<SfccFlowStart?> StartAsync(PortalDbContext db, Guid connectionId, Func<SfccConnectionSettings, bool> isOn, CancellationToken ct)
    {
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        if (connection is not { Status: ConnectionStatus.Connected })
        {
            return null;
        }
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        return isOn(settings) ? new SfccFlowStart(connection, settings, await ContextAsync(db, connection, settings, ct) with { IsFlow = true }) : null;
    }

    /// <summary>
    /// A flow's client: its calls report refused credentials, which turns the connection to Error and stops its flows
    /// (<see cref="SfccCredentialRefusals"/>). Pages, Connect and the checks use <see cref="ClientAsync"/>, which only reports.
    /// </summary>
    public async Task<SfccClient> FlowClientAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings, CancellationToken ct) =>
        clients.For(await ContextAsync(db, connection, settings, ct) with { IsFlow = true });

    public IReadOnlyList<ConnectorFlow> Flows(Connection connection)
    {
        var s = SfccConnectionSettings.Read(connection.SettingsJson);
        return
        [
            new(SfccOrderPushJob.Flow, [SfccOrderPush.Flow], "Orders to Salesforce", s.PushOrders, "Push orders to Salesforce"),
            new(SfccCatalogPullJob.Flow, [SfccCatalogPull.Flow], "Product catalog from Salesforce", s.PullCatalog || s.ForceCatalogResync, "Pull product catalog from Salesforce"),
            new(Shipping.SfccShippingRequestPullJob.Flow, [Shipping.SfccShippingRequestPull.Flow], "Shipping requests from Salesforce", s.PullShippingRequests, "Pull shipping requests from Salesforce"),
            new(Shipping.SfccFulfillmentPullJob.Flow, [Shipping.SfccFulfillmentPull.Flow], "Fulfillments from Salesforce", s.PullFulfillments, "Pull fulfillment information from Salesforce"),
            new(SfccInventoryPullJob.Flow, [SfccInventoryPull.Flow], "Inventory from Salesforce", s.PullInventory || s.ForceInventoryResync, "Pull inventory information from Salesforce"),
        ];
    }

    /// <summary>
    /// The catalog pull runs while connected and switched on (hourly, and at once when connected or a resync is asked);
    /// the order push while connected with Push orders on (every minute, and at once when orders change); the shipping-request
    /// and fulfillment pulls while connected with their switch on (the fulfillment pull every few seconds, so tracking
    /// numbers reach the channel quickly); the inventory pull while connected with Pull inventory (or a forced resync) on,
    /// every few seconds (a read of OCI's change feed).
    /// </summary>
    public async Task ApplyScheduleAsync(Connection connection, CancellationToken ct)
    {
        var s = SfccConnectionSettings.Read(connection.SettingsJson);
        var connected = connection.Status == ConnectionStatus.Connected;
        if (connected && (s.PullCatalog || s.ForceCatalogResync))
        {
            await jobs.ScheduleAsync<SfccCatalogPullJob>(SfccCatalogPullJob.Flow, connection, TimeSpan.FromMinutes(options.Value.CatalogPullIntervalMinutes), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(SfccCatalogPullJob.Flow, connection.Id, ct);
        }
        if (connected && (s.PullInventory || s.ForceInventoryResync))
        {
            await jobs.ScheduleAsync<SfccInventoryPullJob>(SfccInventoryPullJob.Flow, connection, TimeSpan.FromSeconds(options.Value.InventoryPollSeconds), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(SfccInventoryPullJob.Flow, connection.Id, ct);
        }
        if (connected && s.PushOrders)
        {
            await jobs.ScheduleAsync<SfccOrderPushJob>(SfccOrderPushJob.Flow, connection, TimeSpan.FromSeconds(pushOptions.Value.IntervalSeconds), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(SfccOrderPushJob.Flow, connection.Id, ct);
        }
        var shipping = shippingOptions.Value;
        if (connected && s.PullShippingRequests)
        {
            await jobs.ScheduleAsync<Shipping.SfccShippingRequestPullJob>(Shipping.SfccShippingRequestPullJob.Flow, connection,
                TimeSpan.FromSeconds(shipping.ShippingRequestIntervalSeconds), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(Shipping.SfccShippingRequestPullJob.Flow, connection.Id, ct);
        }
        if (connected && s.PullFulfillments)
        {
            await jobs.ScheduleAsync<Shipping.SfccFulfillmentPullJob>(Shipping.SfccFulfillmentPullJob.Flow, connection,
                TimeSpan.FromSeconds(shipping.FulfillmentIntervalSeconds), ct);
        }
        else
        {
            await jobs.UnscheduleAsync(Shipping.SfccFulfillmentPullJob.Flow, connection.Id, ct);
        }
    }
}
