using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Products;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// What the shipping-method table of the mapping should cover: every delivery option the workspace's connected sales channels
/// offer (read live, so an option can be mapped before its first order) merged with the options seen on orders (which stay
/// listed even when a channel cannot be reached, with a note saying why the live ones are missing). Reads only.
/// </summary>
public sealed class ShippingOptionChoices(IEnumerable<IChannelDeliveryOptions> channels, ILogger<ShippingOptionChoices> logger)
{
    public async Task<(IReadOnlyList<ShippingOptionChoice> Choices, string? Note)> ListAsync(PortalDbContext db, IReadOnlyList<SeenShippingOption> seen, CancellationToken ct)
    {
        var kinds = channels.Select(c => c.Kind).ToList();
        var connections = await db.Connections.AsNoTracking().Where(c => kinds.Contains(c.Kind)).OrderBy(c => c.DisplayName).ToListAsync(ct);
        var live = new List<ChannelDeliveryOption>();
        var notes = new List<string>();
        foreach (var connection in connections)
        {
            try
            {
                live.AddRange(await channels.First(c => c.Kind == connection.Kind).ListAsync(connection, ct));
            }
            catch (Exception e) when (e is ChannelUnavailableException or InvalidOperationException or HttpRequestException)
            {
                logger.LogWarning("Delivery options of {ConnectionId} not read: {Reason}", connection.Id, e.Message);
                notes.Add(e.Message);
            }
        }
        if (connections.Count == 0)
        {
            notes.Add("No TikTok Shop connection is set up, so its delivery options cannot be read.");
        }
        var note = notes.Count == 0 ? null
            : $"{string.Join(" ", notes)} Only the options seen on orders are listed here; open this page again once TikTok Shop can be reached to see every option it offers.";
        return (Merge(live, seen), note);
    }

    /// <summary>One row per option: the same id (or, for an order that carried no id, the same name) is one option.</summary>
    public static IReadOnlyList<ShippingOptionChoice> Merge(IReadOnlyList<ChannelDeliveryOption> live, IReadOnlyList<SeenShippingOption> seen)
    {
        var choices = new List<ShippingOptionChoice>();
        foreach (var group in live.GroupBy(o => o.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            choices.Add(new ShippingOptionChoice(first.Id, first.Name, 0, true, first.Type, [.. group.SelectMany(o => o.Warehouses).Distinct()]));
        }
        foreach (var option in seen)
        {
            var index = choices.FindIndex(c => c.OfferedByTikTok && (option.Id is not null ? c.Id == option.Id : c.Name == option.Name));
            if (index >= 0)
            {
                choices[index] = choices[index] with { Orders = choices[index].Orders + option.Orders };
            }
            else
            {
                choices.Add(new ShippingOptionChoice(option.Id, option.Name, option.Orders, false));
            }
        }
        return [.. choices.OrderByDescending(c => c.OfferedByTikTok).ThenByDescending(c => c.Orders).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }
}
