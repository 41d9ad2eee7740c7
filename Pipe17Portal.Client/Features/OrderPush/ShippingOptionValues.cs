using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.OrderPush;

/// <summary>How a delivery option appears in the shipping table and in its chip.</summary>
public static class ShippingOptionValues
{
    /// <summary>A table keyed on an id path takes the option's id; otherwise its name, exactly as TikTok sends it.</summary>
    public static string ValueOf(ShippingOptionChoice option, string? lookupSource) =>
        (lookupSource?.EndsWith("id", StringComparison.OrdinalIgnoreCase) == true ? option.Id : option.Name) ?? option.Name ?? option.Id ?? "";

    /// <summary>tiktok, orders or both: where the option was found.</summary>
    public static string Source(ShippingOptionChoice option) => (option.OfferedByTikTok, option.SeenOnOrders) switch
    {
        (true, true) => "both",
        (true, false) => "tiktok",
        _ => "orders",
    };

    /// <param name="liveRead">False when TikTok's options could not be read: an option seen only on orders may still be offered.</param>
    public static string Describe(ShippingOptionChoice option, bool liveRead)
    {
        var orders = option.Orders == 1 ? "1 order" : $"{option.Orders} orders";
        return Source(option) switch
        {
            "both" => $"offered by TikTok · {orders}",
            "tiktok" => option.Warehouses is { Count: > 0 } w ? $"offered by TikTok ({string.Join(", ", w)}) · no order yet" : "offered by TikTok · no order yet",
            _ => liveRead ? $"seen on {orders} · not offered by TikTok now" : $"seen on {orders}",
        };
    }
}
