using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// SFCC lets an agent hold only a few open baskets per customer (a site preference, 4 by default), and every TikTok order
/// uses the one generic customer. A basket is open only from <c>POST /baskets</c> until the order is placed from it, so
/// only that stretch takes a slot: preparing orders and recording results run beside it, on more workers.
/// </summary>
public sealed class SfccBasketSlots(IOptions<OrderPushOptions> options)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> slots = new();

    public async Task<IDisposable> TakeAsync(Guid connectionId, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(connectionId, _ => new SemaphoreSlim(options.Value.Concurrency, options.Value.Concurrency));
        await slot.WaitAsync(ct);
        return new Release(slot);
    }

    private sealed class Release(SemaphoreSlim slot) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slot.Release();
            }
        }
    }
}
