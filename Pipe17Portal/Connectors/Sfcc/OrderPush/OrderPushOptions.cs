using System.ComponentModel.DataAnnotations;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Configuration section <c>Sfcc:OrderPush</c> (retries and attempt limits are the sync engine's: <c>Sync:WorkItems</c>).</summary>
public sealed class OrderPushOptions
{
    /// <summary>How often the push job runs on its own (it also runs as soon as orders change).</summary>
    [Range(5, 3600)]
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>
    /// Open SFCC baskets at once per connection. SFCC lets an agent hold a few open baskets per customer (a site
    /// preference, 4 by default) and every TikTok order uses the one generic customer, so this stays below that limit.
    /// </summary>
    [Range(1, 9)]
    public int Concurrency { get; set; } = 3;

    /// <summary>Orders worked on at once per connection: preparing and recording run beside the open baskets.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 8;

    /// <summary>
    /// A basket of the generic customer that no push of this process holds, idle this long, is left over (a lost answer, a
    /// restart) and is deleted when the basket quota is full. The wait only spares a basket whose creation is still being
    /// answered, here or in another process; deleting one of those costs its order one retry, never a second order.
    /// </summary>
    [Range(1, 86400)]
    public int AbandonedBasketSeconds { get; set; } = 5;

    /// <summary>
    /// Script time one order may use in all its mapping scripts together (each script also stops after 250 ms). Scripts
    /// run on the push's threads and on Preview's request thread, so this bounds what one order can cost.
    /// </summary>
    [Range(50, 10_000)]
    public int ScriptBudgetMilliseconds { get; set; } = 500;

    public MappingScriptLimits ScriptLimits => MappingScriptLimits.Default with { OrderBudget = TimeSpan.FromMilliseconds(ScriptBudgetMilliseconds) };
}
