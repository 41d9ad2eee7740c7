namespace Pipe17Portal.Connectors.TikTokShop.Checks;

/// <summary>The TikTok switches a one-click fix may turn on, by the name used as the action's argument.</summary>
public static class TikTokFlowSwitch
{
    public const string PullOrders = nameof(TikTokConnectionSettings.PullOrders);
    public const string PushFulfillments = nameof(TikTokConnectionSettings.PushFulfillments);
    public const string PushInventory = nameof(TikTokConnectionSettings.PushInventory);

    public static readonly IReadOnlyList<string> All = [PullOrders, PushFulfillments, PushInventory];

    public static string Title(string name) => name switch
    {
        PullOrders => "Pull orders",
        PushFulfillments => "Push fulfillments",
        PushInventory => "Push inventory",
        _ => name,
    };

    public static string Consequence(string name) => name switch
    {
        PullOrders => "no TikTok order reaches the portal or Salesforce",
        PushFulfillments => "tracking numbers never reach TikTok",
        _ => "TikTok stock is not updated",
    };
}
