using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sync.Work;

/// <summary>
/// The portal with a gate in front of SFCC: the first call that matches the armed method and path waits until the test
/// opens the gate, so a test can act while a push is provably in flight (no timing involved). Every SFCC call is counted.
/// </summary>
public sealed class GatedPortalFactory : PortalFactory
{
    public SfccGate Gate { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sync:WorkItems:BusyWaitSeconds", "60");
        // One order at a time, so "the order in flight" is exactly one.
        builder.UseSetting("Sfcc:OrderPush:Concurrency", "1");
        builder.ConfigureTestServices(services => services.AddHttpClient(SfccHttpClients.Api).AddHttpMessageHandler(() => new GateHandler(Gate)));
    }

    private sealed class GateHandler(SfccGate gate) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            await gate.PassAsync(request, ct);
            return await base.SendAsync(request, ct);
        }
    }
}

public sealed class SfccGate
{
    private readonly ConcurrentDictionary<string, int> calls = new();
    private (string Method, string Path)? armed;
    private TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The next call of <paramref name="method"/> whose path contains <paramref name="path"/> will wait at the gate; the
    /// call counts start again from zero.
    /// </summary>
    public void Arm(string method, string path)
    {
        calls.Clear();
        reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
        armed = (method, path);
    }

    /// <summary>Completes when the armed call is waiting at the gate.</summary>
    public Task Reached => reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public void Open() => opened.TrySetResult();

    public int Count(string method, string path) => calls.Where(c => c.Key.StartsWith(method + " ", StringComparison.Ordinal) && c.Key.Contains(path, StringComparison.Ordinal)).Sum(c => c.Value);

    internal async Task PassAsync(HttpRequestMessage request, CancellationToken ct)
    {
        calls.AddOrUpdate($"{request.Method.Method} {request.RequestUri!.AbsolutePath}", 1, (_, n) => n + 1);
        Task? wait = null;
        lock (calls)
        {
            if (armed is { } a && request.Method.Method == a.Method && request.RequestUri.AbsolutePath.Contains(a.Path, StringComparison.Ordinal))
            {
                armed = null;
                reached.TrySetResult();
                wait = opened.Task;
            }
        }
        if (wait is not null)
        {
            await wait.WaitAsync(ct);
        }
    }
}
