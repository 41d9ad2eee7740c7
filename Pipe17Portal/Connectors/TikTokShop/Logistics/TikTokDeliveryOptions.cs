using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Domain.Products;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Logistics;

/// <summary>
/// The shop's delivery options as TikTok's logistics API lists them: every sales warehouse that is not disabled
/// (<c>GET /logistics/202309/warehouses</c>), then each one's options (<c>GET …/warehouses/{id}/delivery_options</c>), merged
/// by option id. Only GETs: reading them for the mapping page changes nothing on TikTok or in the portal.
/// </summary>
public sealed class TikTokDeliveryOptions(TikTokShopLink shop) : IChannelDeliveryOptions
{
    public ConnectorKind Kind => ConnectorKind.TikTokShop;

    public async Task<IReadOnlyList<ChannelDeliveryOption>> ListAsync(Connection connection, CancellationToken ct)
    {
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw new ChannelUnavailableException($"'{connection.DisplayName}' is not connected, so its delivery options cannot be read. Connect it under Integrations.");
        }
        var client = await shop.ClientAsync(connection, ct);
        var warehouses = await client.GetWarehousesAsync(ct);
        if (!warehouses.IsSuccess)
        {
            throw new ChannelUnavailableException($"TikTok did not list the warehouses of '{connection.DisplayName}': {warehouses.Error.Message}");
        }

        var options = new Dictionary<string, (ChannelDeliveryOption Option, List<string> Warehouses)>(StringComparer.Ordinal);
        foreach (var warehouse in warehouses.Data.Where(w => w.Type is null or "SALES_WAREHOUSE" && w.EffectStatus != "DISABLED"))
        {
            var page = await client.GetWarehouseDeliveryOptionsAsync(warehouse.Id, ct: ct);
            if (!page.IsSuccess)
            {
                throw new ChannelUnavailableException($"TikTok did not list the delivery options of warehouse '{warehouse.Name ?? warehouse.Id}' of '{connection.DisplayName}': {page.Error.Message}");
            }
            foreach (var option in page.Data)
            {
                if (!options.TryGetValue(option.Id, out var known))
                {
                    known = (new ChannelDeliveryOption(option.Id, option.Name ?? option.Id, option.Type, []), []);
                    options[option.Id] = known;
                }
                known.Warehouses.Add(warehouse.Name ?? warehouse.Id);
            }
        }
        return [.. options.Values.Select(o => o.Option with { Warehouses = o.Warehouses })];
    }
}
