using Pipe17Portal.Connectors.TikTokShop.Fulfillment;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Fulfillment;

public class CallCoalescerTests
{
    private static readonly Guid Shop = Guid.NewGuid();

    /// <summary>A batch call that records what it was sent and answers each request with its upper-case form.</summary>
    private sealed class Recorder
    {
        public List<IReadOnlyList<string>> Calls { get; } = [];
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Hold { get; init; }

        public async Task<IReadOnlyList<string>> CallAsync(IReadOnlyList<string> requests, CancellationToken ct)
        {
            lock (Calls)
            {
                Calls.Add(requests);
            }
            if (Hold)
            {
                await Gate.Task.WaitAsync(ct);
            }
            return [.. requests.Select(r => r.ToUpperInvariant())];
        }
    }

    [Fact]
    public async Task RequestsWithinTheWindowShareOneCallAndEachGetsItsOwnResult()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(200), 50);
        var calls = new Recorder();

        var results = await Task.WhenAll(new[] { "a", "b", "c" }.Select(r => coalescer.CallAsync(Shop, r, calls.CallAsync, CancellationToken.None)));

        Assert.Equal(["A", "B", "C"], results);
        Assert.Equal(["a", "b", "c"], Assert.Single(calls.Calls).Order());
    }

    [Fact]
    public async Task EachKeyHasItsOwnBatch()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(50), 50);
        var calls = new Recorder();

        await Task.WhenAll(coalescer.CallAsync(Shop, "a", calls.CallAsync, CancellationToken.None), coalescer.CallAsync(Guid.NewGuid(), "b", calls.CallAsync, CancellationToken.None));

        Assert.Equal(2, calls.Calls.Count);
    }

    [Fact]
    public async Task AFullBatchIsSentAtOnceAndTheRestOpensTheNext()
    {
        // A window far longer than the test: only reaching the maximum can send the first batch before the second.
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromSeconds(2), 50);
        var calls = new Recorder();
        var requests = Enumerable.Range(0, 120).Select(i => $"o{i}").ToList();

        var first = requests.Take(50).Select(r => coalescer.CallAsync(Shop, r, calls.CallAsync, CancellationToken.None)).ToList();
        var firstDone = await Task.WhenAll(first).WaitAsync(TimeSpan.FromSeconds(1));
        var rest = await Task.WhenAll(requests.Skip(50).Select(r => coalescer.CallAsync(Shop, r, calls.CallAsync, CancellationToken.None)));

        Assert.Equal(requests.Take(50).Select(r => r.ToUpperInvariant()), firstDone);
        Assert.Equal(requests.Skip(50).Select(r => r.ToUpperInvariant()), rest);
        Assert.Equal([50, 50, 20], calls.Calls.Select(c => c.Count));
    }

    [Fact]
    public async Task AFailedCallReachesEveryWaiter()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(50), 50);
        var calls = 0;
        CallCoalescer<string, string>.BatchCall failing = (_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new HttpRequestException("TikTok is down");
        };

        var waiters = new[] { "a", "b", "c" }.Select(r => coalescer.CallAsync(Shop, r, failing, CancellationToken.None)).ToList();

        foreach (var waiter in waiters)
        {
            Assert.Equal("TikTok is down", (await Assert.ThrowsAsync<HttpRequestException>(() => waiter)).Message);
        }
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task AWaiterThatGivesUpBeforeTheCallLeavesAloneAndIsNotSent()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(100), 50);
        var calls = new Recorder();
        using var leaving = new CancellationTokenSource();

        var staying = coalescer.CallAsync(Shop, "a", calls.CallAsync, CancellationToken.None);
        var gone = coalescer.CallAsync(Shop, "b", calls.CallAsync, leaving.Token);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        Assert.Equal("A", await staying);
        Assert.Equal(["a"], Assert.Single(calls.Calls));
    }

    [Fact]
    public async Task AWaiterThatGivesUpDuringTheCallDoesNotCancelItForTheOthers()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(20), 50);
        var calls = new Recorder { Hold = true };
        using var leaving = new CancellationTokenSource();

        var staying = coalescer.CallAsync(Shop, "a", calls.CallAsync, CancellationToken.None);
        var gone = coalescer.CallAsync(Shop, "b", calls.CallAsync, leaving.Token);
        while (calls.Calls.Count == 0)
        {
            await Task.Delay(5);
        }
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        calls.Gate.SetResult();

        Assert.Equal("A", await staying);
        Assert.Equal(["a", "b"], Assert.Single(calls.Calls));
    }

    [Fact]
    public async Task WhenEveryWaiterGivesUpTheCallIsCancelled()
    {
        var coalescer = new CallCoalescer<string, string>(TimeSpan.FromMilliseconds(20), 50);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        CallCoalescer<string, string>.BatchCall slow = async (requests, ct) =>
        {
            ct.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return requests;
        };
        using var leaving = new CancellationTokenSource();

        var gone = coalescer.CallAsync(Shop, "a", slow, leaving.Token);
        await Task.Delay(100);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
