using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Fixes;

/// <summary>
/// One-click fix <c>orders.add-source-channel</c>: adds a sales channel to "Push only orders with specific source
/// channels" (ConnectionId = the Salesforce connection; Argument = the id of the channel's connection, e.g. the TikTok shop).
/// </summary>
public sealed class AddSourceChannelAction(OrderSyncSettingsFix fix) : ICheckActionHandler
{
    public const string ActionKind = "orders.add-source-channel";

    public string Kind => ActionKind;

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Argument?.Trim(), out var channelId))
        {
            throw ApiProblemException.Invalid("argument", $"'{action.Argument}' is not a connection id. The argument names the sales channel connection to add, as the check's result offers it.");
        }
        var (before, after) = await fix.ApplyAsync(action, v =>
        {
            if (v.AvailableSourceChannels.All(c => c.ConnectionId != channelId))
            {
                throw ApiProblemException.Invalid("argument", $"'{channelId}' is not a sales channel connection of this workspace. Choose among the channels listed in Orders to Salesforce.");
            }
            // An empty list already means every channel: adding one would narrow the push to that channel alone.
            return v.SourceConnectionIds.Count == 0 || v.SourceConnectionIds.Contains(channelId)
                ? null
                : OrderSyncSettingsFix.Keep(v) with { SourceConnectionIds = [.. v.SourceConnectionIds.Append(channelId)] };
        }, ct);
        var name = after.AvailableSourceChannels.First(c => c.ConnectionId == channelId).DisplayName;
        return before.SourceConnectionIds.Count == 0 || before.SourceConnectionIds.Contains(channelId)
            ? $"Orders from '{name}' were already pushed."
            : $"Orders from '{name}' are now pushed to Salesforce.";
    }
}
