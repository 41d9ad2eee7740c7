using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Api;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// The shipping providers a shop can ship with, read live from TikTok's logistics API: its sales warehouses, their
/// delivery options, and each option's providers (deduplicated by id, with the options that offer them). Read-only.
/// </summary>
public static class TikTokShippingProviders
{
    public static async Task<(IReadOnlyList<ShippingProviderChoice> Providers, string? Error)> ReadAsync(TikTokShopClient client, CancellationToken ct)
    {
        var warehouses = await client.GetWarehousesAsync(ct);
        if (!warehouses.IsSuccess)
        {
            return ([], $"TikTok's warehouses could not be read: {warehouses.Error.Message}");
        }
        var byId = new Dictionary<string, (string Name, SortedSet<string> Options)>(StringComparer.Ordinal);
        foreach (var warehouse in warehouses.Data.Where(w => w.Type is null or "SALES_WAREHOUSE"))
        {
            var options = await client.GetWarehouseDeliveryOptionsAsync(warehouse.Id, ct: ct);
            if (!options.IsSuccess)
            {
                return ([], $"The delivery options of warehouse {warehouse.Name ?? warehouse.Id} could not be read: {options.Error.Message}");
            }
            foreach (var option in options.Data)
            {
                var providers = await client.GetShippingProvidersAsync(option.Id, ct);
                if (!providers.IsSuccess)
                {
                    return ([], $"The shipping providers of delivery option {option.Name ?? option.Id} could not be read: {providers.Error.Message}");
                }
                foreach (var provider in providers.Data)
                {
                    if (!byId.TryGetValue(provider.Id, out var entry))
                    {
                        byId[provider.Id] = entry = (provider.Name, new SortedSet<string>(StringComparer.Ordinal));
                    }
                    entry.Options.Add(option.Name ?? option.Id);
                }
            }
        }
        return ([.. byId.OrderBy(p => p.Value.Name, StringComparer.OrdinalIgnoreCase).Select(p => new ShippingProviderChoice(p.Key, p.Value.Name, [.. p.Value.Options]))], null);
    }
}
