using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Operations.Bench;
using Pipe17Portal.Sandbox;

namespace Pipe17Portal.Operations.Soak;

/// <summary>
/// `soak --orders 5000 --fault-rate 0.2 --kills 3`: two child processes of this dll, one serving the sandbox emulators
/// and one the portal (pointed at the first through Sandbox:BaseUrl), both sandboxes connected as the setup guide says;
/// orders placed, cancelled and shipped and stock changed continuously while both emulators inject faults and the
/// portal process is SIGKILLed and restarted; then faults off, a bounded wait for quiet, and the end state checked from
/// the emulators' own databases. Prints a table; exits 1 on any loss, duplicate, wrong order, missing cancellation or
/// tracking, inventory mismatch, stuck item or open exception.
/// </summary>
public static class SoakCommand
{
    private const string GenericCustomerEmail = "tiktok-orders@bench.example"; // the one FulfillmentsBench.SetUpAsync creates

    public static Command Create(WebApplication app)
    {
        var orders = new Option<int>("--orders") { Description = "TikTok orders to place over the run.", DefaultValueFactory = _ => 5_000 };
        var faultRate = new Option<double>("--fault-rate") { Description = "Share of both emulators' API calls that fail (429, 500, 503, timeout, expired token; lost responses in SFCC).", DefaultValueFactory = _ => 0.2 };
        var kills = new Option<int>("--kills") { Description = "How many times the portal process is SIGKILLed and restarted while orders are placed.", DefaultValueFactory = _ => 3 };
        var place = new Option<int?>("--place-seconds") { Description = "How long orders are placed for (default: 30 s, plus 1 s per 50 orders over 1,500)." };
        var quiet = new Option<int>("--quiet-minutes") { Description = "Longest wait for everything to settle once faults are off.", DefaultValueFactory = _ => 15 };
        var faultTimeout = new Option<int>("--fault-timeout-s") { Description = "How long an emulated timeout hangs before it answers 504.", DefaultValueFactory = _ => 2 };
        var seed = new Option<int?>("--seed") { Description = "Repeat a run's choices (cancels, shipments, stock, kill moments)." };
        var command = new Command("soak", "Run the real portal against its sandbox under faults and SIGKILLs, then check from the emulators that nothing was lost or doubled.")
        {
            orders, faultRate, kills, place, quiet, faultTimeout, seed,
        };
        command.SetAction(async (result, ct) =>
        {
            var count = result.GetValue(orders);
            var options = new SoakOptions(count, result.GetValue(faultRate), result.GetValue(kills),
                result.GetValue(place) ?? 30 + Math.Max(0, count - 1_500) / 50, result.GetValue(quiet), result.GetValue(faultTimeout),
                result.GetValue(seed) ?? Random.Shared.Next(1, 1_000_000));
            if (options.Problem() is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }
            // A failed soak keeps its databases and process logs for diagnosis; a passed one cleans up.
            var exit = 1;
            try
            {
                exit = await RunAsync(app, options, ct);
                return exit;
            }
            finally
            {
                if (exit == 0)
                {
                    SoakHost.DeleteFolder();
                }
                else
                {
                    await Console.Error.WriteLineAsync($"Databases and process logs kept in {SoakHost.Folder}.");
                }
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, SoakOptions options, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var sandboxPort = FreePort();
        var portalPort = FreePort();
        await using var sandbox = new SoakProcess("sandbox", sandboxPort,
            [.. SoakHost.SandboxProcessArguments(sandboxPort, portalPort), $"--Sandbox:Sfcc:FaultTimeout=00:00:{options.FaultTimeoutSeconds:D2}", $"--Sandbox:TikTok:FaultTimeout=00:00:{options.FaultTimeoutSeconds:D2}"]);
        await sandbox.StartAsync(ct);
        await using var portal = new SoakProcess("portal", portalPort, SoakHost.PortalProcessArguments(portalPort, sandbox.BaseUri));
        await portal.StartAsync(ct);
        Console.Error.WriteLine($"Sandbox on {sandbox.BaseUri}, portal on {portal.BaseUri}, databases and logs in {SoakHost.Folder} (seed {options.Seed}).");

        using var control = new HttpClient { BaseAddress = sandbox.BaseUri, Timeout = TimeSpan.FromMinutes(2) };
        var (browser, shopId, sfccId, accountId) = await FulfillmentsBench.SetUpAsync(app, portal.BaseUri, control, ct, orderSkuStock: 60_000);
        browser.Dispose();
        var customerNo = await CustomerNoAsync(app, accountId, ct);
        Console.Error.WriteLine($"Set up in {watch.Elapsed.TotalSeconds:0} s: TikTok and SFCC sandboxes connected, every flow on. Faults on at {options.FaultRate:P0}; placing {options.Orders} orders over {options.PlaceSeconds} s with {options.Kills} kills…");

        var ledger = new SoakLedger();
        await SetFaultsAsync(control, accountId, options.FaultRate, ct);
        try
        {
            await new SoakDriver(app, options, ledger, control, accountId, portal).RunAsync(ct);
        }
        finally
        {
            await control.DeleteAsync($"/sandbox/_control/accounts/{accountId}/faults", CancellationToken.None);
        }
        Console.Error.WriteLine($"Placed {ledger.Created.Count} orders in {watch.Elapsed.TotalSeconds:0} s; faults off. Waiting for quiet (at most {options.QuietMinutes} min)…");

        var verifier = new SoakVerifier(app, ledger, accountId, shopId, sfccId, customerNo);
        var findings = await WaitForQuietAsync(verifier, TimeSpan.FromMinutes(options.QuietMinutes), ct);
        var injected = await InjectedAsync(control, accountId, ct);
        SoakReport.Write(options, ledger, findings, injected, watch.Elapsed, Console.Out);
        if (!SoakReport.Passed(options, ledger, findings))
        {
            Console.Error.WriteLine($"Logs of both processes: {portal.LogPath}, {sandbox.LogPath} (deleted on exit; rerun with --seed {options.Seed}).");
            await Console.Error.WriteLineAsync(string.Join('\n', File.ReadLines(portal.LogPath).Where(l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("crit:", StringComparison.Ordinal)).TakeLast(20)));
        }
        return SoakReport.Passed(options, ledger, findings) ? 0 : 1;
    }

    /// <summary>Checks until the end state is clean and the portal idle, or the limit passes (then the last findings stand).</summary>
    private static async Task<SoakFindings> WaitForQuietAsync(SoakVerifier verifier, TimeSpan limit, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (true)
        {
            var findings = await verifier.VerifyAsync(ct);
            if (findings.Clean && findings.PortalBusy == 0 || watch.Elapsed > limit)
            {
                return findings;
            }
            if (watch.Elapsed - reported >= TimeSpan.FromSeconds(15))
            {
                reported = watch.Elapsed;
                Console.Error.WriteLine($"  quiet +{reported.TotalSeconds,4:0} s: {findings.Lost} not yet in SFCC, {findings.CancellationsMissing} cancellations and {findings.TrackingMissing} tracking numbers to go, {findings.InventoryMismatches} SKUs out of step, {findings.PortalBusy} portal items busy, {findings.Stuck} stuck");
            }
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
    }

    /// <summary>Both emulators fail the given share of their API calls, with every kind each emulates.</summary>
    private static async Task SetFaultsAsync(HttpClient control, Guid accountId, double rate, CancellationToken ct)
    {
        string[] kinds = ["429", "500", "503", "timeout", "expired_token"];
        await BenchControl.SendAsync(control, HttpMethod.Put, $"/sandbox/_control/accounts/{accountId}/faults", new { system = "tiktok", rate, kinds }, ct);
        await BenchControl.SendAsync(control, HttpMethod.Put, $"/sandbox/_control/accounts/{accountId}/faults", new { system = "sfcc", rate, kinds = kinds.Append("lost_response").ToArray() }, ct);
    }

    private static async Task<Dictionary<string, int>> InjectedAsync(HttpClient control, Guid accountId, CancellationToken ct)
    {
        var body = JsonDocument.Parse(await control.GetStringAsync($"/sandbox/_control/accounts/{accountId}/faults/injected", ct)).RootElement;
        return body.EnumerateObject().SelectMany(system => system.Value.EnumerateObject().Select(kind => ($"{system.Name} {kind.Name}", kind.Value.GetInt32())))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    private static async Task<string> CustomerNoAsync(WebApplication app, Guid accountId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().SfccCustomers.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.Email == GenericCustomerEmail).Select(c => c.CustomerNo).SingleAsync(ct);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
