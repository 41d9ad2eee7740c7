using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;

/// <summary>
/// Applies a one-click change to the "Orders to Salesforce" settings through <see cref="OrderSyncSettingsService.SaveAsync"/>,
/// the page's own save (when the change returns null, the setting is already as wanted and nothing is saved): the same validation, the field-by-field audit, the connection's version guard and the reschedule.
/// </summary>
public sealed class OrderSyncSettingsFix(OrderSyncSettingsService settings)
{
    public async Task<(OrderSyncSettingsView Before, OrderSyncSettingsView After)> ApplyAsync(
        CheckAction action, Func<OrderSyncSettingsView, OrderSyncSettingsUpdate?> change, CancellationToken ct)
    {
        if (action.ConnectionId is not { } id)
        {
            throw ApiProblemException.Invalid("connectionId", "Name the Salesforce connection to change (connectionId), as the check's result offers it.");
        }
        var before = await settings.GetAsync(id, ct);
        // Nothing to change: no save, so a fix clicked twice neither fails on unrelated settings nor raises the version.
        return change(before) is { } update ? (before, await settings.SaveAsync(id, update, ct)) : (before, before);
    }

    public static OrderSyncSettingsUpdate Keep(OrderSyncSettingsView v) =>
        new(v.PushOrders, v.StatusesToPush, v.SourceConnectionIds, v.MarkSentToFulfillment, v.CustomerStrategy, v.GenericCustomerNo);
}
