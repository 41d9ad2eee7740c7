namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// Gathers the requests made for the same key (a connection) within a short window, or until <c>maxBatch</c> of them,
/// and makes ONE call for them all; each caller gets its own result, or the call's exception. TikTok rate-limits per shop
/// and per route, so the push's concurrent attempts share a call instead of queueing behind the limit one call each.
/// The call runs on the delegate of the caller that opened the batch (every caller of a key brings an equivalent one).
/// A caller that gives up leaves at once, alone: the others still get their results; the call itself is cancelled only
/// when every caller of its batch has given up, and a request whose caller left before the call is not sent.
/// </summary>
public sealed class CallCoalescer<TRequest, TResult>
{
    /// <summary>Sends the requests in one call; answers one result per request, in the same order.</summary>
    public delegate Task<IReadOnlyList<TResult>> BatchCall(IReadOnlyList<TRequest> requests, CancellationToken ct);

    private readonly Dictionary<Guid, Batch> open = [];
    private readonly Lock gate = new();
    private readonly TimeSpan window;
    private readonly int maxBatch;

    public CallCoalescer(TimeSpan window, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        this.window = window;
        this.maxBatch = maxBatch;
    }

    public async Task<TResult> CallAsync(Guid key, TRequest request, BatchCall call, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var waiter = new Waiter(request, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        Batch batch;
        bool opened = false, full;
        lock (gate)
        {
            if (!open.TryGetValue(key, out batch!))
            {
                batch = new Batch(call);
                open[key] = batch;
                opened = true;
            }
            batch.Waiters.Add(waiter);
            batch.Live++;
            full = batch.Waiters.Count >= maxBatch;
            if (full)
            {
                Close(key, batch);
            }
        }
        if (full)
        {
            _ = SendAsync(batch);
        }
        else if (opened)
        {
            _ = SendAfterWindowAsync(key, batch);
        }
        try
        {
            return await waiter.Reply.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Leave(key, batch);
            throw;
        }
    }

    private async Task SendAfterWindowAsync(Guid key, Batch batch)
    {
        await Task.Delay(window, CancellationToken.None);
        lock (gate)
        {
            if (batch.Closed)
            {
                return; // filled up (and sent by its last caller) or abandoned meanwhile
            }
            Close(key, batch);
        }
        await SendAsync(batch);
    }

    /// <summary>A caller gave up; when it was the last one of its batch, the batch is dropped (or its call cancelled).</summary>
    private void Leave(Guid key, Batch batch)
    {
        lock (gate)
        {
            if (--batch.Live > 0)
            {
                return;
            }
            Close(key, batch);
        }
        batch.Abandoned.Cancel();
    }

    /// <summary>No caller joins a closed batch; the next caller of the key opens a new one. Called under the lock.</summary>
    private void Close(Guid key, Batch batch)
    {
        batch.Closed = true;
        if (open.TryGetValue(key, out var current) && current == batch)
        {
            open.Remove(key);
        }
    }

    private static async Task SendAsync(Batch batch)
    {
        // Closed: the list no longer changes. Callers that left already have their cancellation.
        var waiters = batch.Waiters.Where(w => !w.Ct.IsCancellationRequested).ToList();
        if (waiters.Count == 0 || batch.Abandoned.IsCancellationRequested)
        {
            return;
        }
        try
        {
            var results = await batch.Call([.. waiters.Select(w => w.Request)], batch.Abandoned.Token);
            if (results.Count != waiters.Count)
            {
                throw new InvalidOperationException($"The batch call answered {results.Count} result(s) for {waiters.Count} request(s).");
            }
            for (var i = 0; i < waiters.Count; i++)
            {
                waiters[i].Reply.TrySetResult(results[i]);
            }
        }
        catch (Exception e)
        {
            foreach (var waiter in waiters)
            {
                waiter.Reply.TrySetException(e);
            }
        }
    }

    private sealed record Waiter(TRequest Request, TaskCompletionSource<TResult> Reply, CancellationToken Ct);

    private sealed class Batch(BatchCall call)
    {
        public BatchCall Call { get; } = call;
        public List<Waiter> Waiters { get; } = [];
        public CancellationTokenSource Abandoned { get; } = new();
        public int Live { get; set; }
        public bool Closed { get; set; }
    }
}
