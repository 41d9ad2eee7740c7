using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// SFCC lets an agent hold only a few open baskets per customer (a site preference, 4 by default), and every TikTok order
/// uses the one generic customer. A basket is open only from <c>POST /baskets</c> until the order is placed from it, so
/// only that stretch takes a slot: preparing orders and recording results run beside it, on more workers. A slot also
/// names the basket it holds, so cleaning up after a full quota never deletes a basket this process is still using.
/// </summary>
public sealed class SfccBasketSlots(IOptions<OrderPushOptions> options)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> slots = new();
    private readonly ConcurrentDictionary<string, Guid> held = new(StringComparer.Ordinal);

    public async Task<Slot> TakeAsync(Guid connectionId, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(connectionId, _ => new SemaphoreSlim(options.Value.Concurrency, options.Value.Concurrency));
        await slot.WaitAsync(ct);
        return new Slot(slot, held, connectionId);
    }

    /// <summary>Whether a slot of this process holds the basket right now (it is being worked on, not abandoned).</summary>
    public bool IsHeld(string basketId) => held.ContainsKey(basketId);

    public sealed class Slot(SemaphoreSlim semaphore, ConcurrentDictionary<string, Guid> held, Guid connectionId) : IDisposable
    {
        private int released;
        private string? basketId;

        /// <summary>The basket this slot's order is being built in, until the slot is released.</summary>
        public void Hold(string basket)
        {
            basketId = basket;
            held[basket] = connectionId;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                if (basketId is not null)
                {
                    held.TryRemove(basketId, out _);
                }
                semaphore.Release();
            }
        }
    }
}
