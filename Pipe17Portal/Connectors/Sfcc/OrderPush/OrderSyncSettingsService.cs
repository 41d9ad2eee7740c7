using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// The "Orders to Salesforce" settings (setup guide Steps 4 and 8): customer matching, the generic customer (checked
/// against SFCC when saved), push on/off, statuses, source channels, sent-to-fulfillment. Changes apply from the next run
/// and are audited field by field.
/// </summary>
public sealed class OrderSyncSettingsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SfccLink sfccLink,
    AuditTrail audit,
    TimeProvider clock)
{
    private const int MaxCustomerNoLength = 100;

    public async Task<OrderSyncSettingsView> GetAsync(Guid id, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ViewAsync(db, await SfccConnectionService.FindAsync(db, id, ct), ct);
    }

    public async Task<OrderSyncSettingsView> SaveAsync(Guid id, OrderSyncSettingsUpdate update, CancellationToken ct)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing connection settings");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var before = SfccConnectionSettings.Read(connection.SettingsJson);

        var check = new InputCheck();
        var statuses = (update.StatusesToPush ?? []).Distinct().ToList();
        if (statuses.Any(s => !Enum.IsDefined(s)))
        {
            check.Add("statusesToPush", "Unknown order status. Choose among the portal's order statuses.");
        }
        if (update.PushOrders && statuses.Count == 0)
        {
            check.Add("statusesToPush", "Choose at least one order status to push (usually Ready for fulfillment and Canceled), or switch Push orders to Salesforce off.");
        }
        if (!Enum.IsDefined(update.CustomerStrategy))
        {
            check.Add("customerStrategy", "Unknown customer matching strategy.");
        }
        var sources = (update.SourceConnectionIds ?? []).Distinct().ToList();
        var channels = await SourceChannelsAsync(db, ct);
        if (sources.FirstOrDefault(s => channels.All(c => c.ConnectionId != s)) is var unknown && unknown != Guid.Empty)
        {
            check.Add("sourceConnectionIds", $"'{unknown}' is not a sales channel connection of this workspace. Choose among the listed channels, or none for all.");
        }
        var customerNo = update.GenericCustomerNo?.Trim() ?? "";
        // Control characters too: a NUL cannot travel in the address SFCC is asked with (it answered 500, found by fuzzing).
        if (customerNo.Length > MaxCustomerNoLength || customerNo.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            check.Add("genericCustomerNo", $"A customer number has at most {MaxCustomerNoLength} characters and no spaces or control characters; copy it from Business Manager → Customers.");
        }
        else if (customerNo.Length == 0 && update.PushOrders && CustomerStrategies.UsesGenericCustomer(update.CustomerStrategy))
        {
            check.Add("genericCustomerNo", "Enter the Generic Customer Number: the chosen strategy attaches orders to the generic customer (TikTok Shop shares no buyer details).");
        }
        check.ThrowIfInvalid();

        if (customerNo.Length > 0 && customerNo != before.GenericCustomerNo)
        {
            await VerifyCustomerAsync(db, connection, before, customerNo, ct);
        }

        var after = before with
        {
            PushOrders = update.PushOrders,
            StatusesToPush = statuses,
            SourceConnectionIds = sources,
            MarkSentToFulfillment = update.MarkSentToFulfillment,
            CustomerStrategy = update.CustomerStrategy,
            GenericCustomerNo = customerNo,
        };
        Audit(db, me, connection, before, after, channels);
        connection.SettingsJson = after.Write();
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await sfccLink.ApplyScheduleAsync(connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    /// <summary>Setup guide Step 4 and its troubleshooting item: the number must name a customer of the site's customer list.</summary>
    private async Task VerifyCustomerAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings, string customerNo, CancellationToken ct)
    {
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw ApiProblemException.Invalid("genericCustomerNo",
                "The Generic Customer Number is checked against Salesforce when saved, and this connection is not connected yet. Click Connect first, then save the number.");
        }
        var client = await sfccLink.ClientAsync(db, connection, settings, ct);
        var found = await client.Data.GetCustomerAsync(customerNo, ct: ct);
        if (found.IsSuccess)
        {
            return;
        }
        throw ApiProblemException.Invalid("genericCustomerNo", found.Error.Kind == SfccErrorKind.NotFound
            ? $"Salesforce has no customer '{customerNo}' in the customer list of site {settings.SiteId}. Create the generic customer in Business Manager (Merchant Tools → Customers), then enter its customer number."
            : $"The customer could not be checked: {found.Error.Message} — {found.Error.Explanation}");
    }

    private async Task<OrderSyncSettingsView> ViewAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        var s = SfccConnectionSettings.Read(connection.SettingsJson);
        var channels = await SourceChannelsAsync(db, ct);
        return new OrderSyncSettingsView(connection.Id, s.PushOrders, s.StatusesToPush, s.SourceConnectionIds, s.MarkSentToFulfillment,
            s.CustomerStrategy, s.GenericCustomerNo, channels, Warnings(s, channels), connection.Version);
    }

    /// <summary>What the settings will do that the merchant may not expect (setup guide troubleshooting).</summary>
    public static IReadOnlyList<string> Warnings(SfccConnectionSettings s, IReadOnlyList<SourceChannelInfo> channels)
    {
        var warnings = new List<string>();
        if (!s.StatusesToPush.Contains(OrderStatus.Canceled))
        {
            warnings.Add("Canceled is not among the statuses to push: cancelling an order in TikTok Shop will not cancel it in Salesforce.");
        }
        var pushed = s.SourceConnectionIds.Count == 0 ? channels : channels.Where(c => s.SourceConnectionIds.Contains(c.ConnectionId)).ToList();
        if (CustomerStrategies.NeedsBuyerIdentity(s.CustomerStrategy) && pushed.Any(c => c.Kind == nameof(ConnectorKind.TikTokShop)))
        {
            warnings.Add($"\"{CustomerStrategies.Title(s.CustomerStrategy)}\" cannot match TikTok Shop orders: TikTok shares no buyer email or company, so they will stop with an exception. Use a generic customer for all orders.");
        }
        if (s.PushOrders && CustomerStrategies.UsesGenericCustomer(s.CustomerStrategy) && s.GenericCustomerNo.Length == 0)
        {
            warnings.Add("No Generic Customer Number is set: orders will stop with an exception until it is.");
        }
        if (s.PushOrders && s.SourceConnectionIds.Count > 0 && pushed.Count == 0)
        {
            warnings.Add("None of the chosen source channels exists any more: no order will be pushed.");
        }
        return warnings;
    }

    private static async Task<IReadOnlyList<SourceChannelInfo>> SourceChannelsAsync(PortalDbContext db, CancellationToken ct) =>
        (await db.Connections.AsNoTracking().Where(c => c.Kind != ConnectorKind.SalesforceCommerceCloud).OrderBy(c => c.DisplayName)
            .Select(c => new { c.Id, c.DisplayName, c.Kind }).ToListAsync(ct))
        .Select(c => new SourceChannelInfo(c.Id, c.DisplayName, c.Kind.ToString())).ToList();

    private void Audit(PortalDbContext db, Member me, Connection connection, SfccConnectionSettings before, SfccConnectionSettings after, IReadOnlyList<SourceChannelInfo> channels)
    {
        void Field(string name, string from, string to)
        {
            if (from != to)
            {
                audit.Record(db, me, "Connection setting changed", connection, name, $"'{from}' → '{to}'");
            }
        }
        string Names(IEnumerable<Guid> ids) => ids.Any() ? string.Join(", ", ids.Select(id => channels.FirstOrDefault(c => c.ConnectionId == id)?.DisplayName ?? id.ToString())) : "all channels";
        Field("Push orders to Salesforce", before.PushOrders.ToString(), after.PushOrders.ToString());
        Field("Order statuses to push", string.Join(", ", before.StatusesToPush), string.Join(", ", after.StatusesToPush));
        Field("Push only orders with specific source channels", Names(before.SourceConnectionIds), Names(after.SourceConnectionIds));
        Field("Mark order as sent to fulfillment once created in Salesforce", before.MarkSentToFulfillment.ToString(), after.MarkSentToFulfillment.ToString());
        Field("Customer matching strategy", CustomerStrategies.Title(before.CustomerStrategy), CustomerStrategies.Title(after.CustomerStrategy));
        Field("Generic Customer Number", before.GenericCustomerNo, after.GenericCustomerNo);
    }
}
