using System.Diagnostics;
using System.Net;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Features.Fuzzing;

/// <summary>
/// Every call of every client API interface (the whole /api/v1 surface the pages use), fed generated inputs by an
/// Administrator of a connected workspace: no answer may be a server error, and the portal must still answer afterwards.
/// FUZZ_COUNT (default 10,000) sets the total number of inputs, FUZZ_SECONDS (default 60) the time they may take,
/// FUZZ_SEED the generator's seed (printed, so a failure can be replayed).
/// </summary>
public class ApiFuzzTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// Left out: Ask runs the local language model on every question, which would turn this run into a benchmark; it has a
    /// fuzz test of its own (AskFuzzTests).
    /// </summary>
    private static readonly string[] NotFuzzed = ["/api/v1/ask"];

    [Fact]
    public async Task NoGeneratedInputGetsAServerError()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_COUNT"), out var count) ? count : 10_000;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), out var s) ? s : 60;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var given) ? given : 12_2026;
        var sandbox = await OrderPushSandbox.CreateAsync(factory);
        await sandbox.NewOrdersAsync(2);
        var admin = sandbox.Browser;
        var realIds = await RealIdsAsync(sandbox);
        var calls = Calls().ToList();
        var inputs = new JsonInputs(seed);
        var perCall = Math.Max(1, (total + calls.Count - 1) / calls.Count); // rounded up: at least the total, spread evenly
        var perCallTime = TimeSpan.FromSeconds(seconds) / calls.Count;

        var sent = 0;
        var failures = new List<string>();
        var byStatus = new SortedDictionary<int, int>();
        foreach (var call in calls)
        {
            var clock = Stopwatch.StartNew();
            // At least a few inputs per call, then as many as the call's share of count and time allow.
            for (var i = 0; i < perCall && (i < 5 || clock.Elapsed < perCallTime); i++)
            {
                var path = call.Route(inputs, realIds) + (call.QueryNames.Count > 0 || inputs.Next(5) == 0 ? inputs.Query(call.QueryNames) : "");
                using var request = new HttpRequestMessage(call.Method, path) { Content = call.Method == HttpMethod.Get ? null : inputs.Body(call.BodyType) };
                var requestBody = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
                using var response = await admin.SendAsync(request);
                sent++;
                byStatus[(int)response.StatusCode] = byStatus.GetValueOrDefault((int)response.StatusCode) + 1;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {call.Method} {path} body {Shorten(requestBody)} → {Shorten(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        output.WriteLine($"Seed {seed}: {sent:N0} inputs over {calls.Count} calls; statuses {string.Join(", ", byStatus.Select(p => $"{p.Key}×{p.Value}"))}.");
        Assert.True(failures.Count == 0, $"{failures.Count} server error(s) (seed {seed}):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(25))}");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);
        (await admin.GetAsync("/api/v1/workspace")).EnsureSuccessStatusCode();
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private Task<IReadOnlyList<string>> RealIdsAsync(OrderPushSandbox sandbox) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var orders = await db.Orders.IgnoreQueryFilters().Where(o => o.SourceConnectionId == sandbox.Shop.ConnectionId).Select(o => o.Id).Take(2).ToListAsync();
        var products = await db.Products.IgnoreQueryFilters().Where(p => p.SourceConnectionId == sandbox.SfccId).Select(p => p.Id).Take(2).ToListAsync();
        return (IReadOnlyList<string>)[sandbox.Shop.ConnectionId.ToString(), sandbox.SfccId.ToString(), .. orders.Select(o => o.ToString()), .. products.Select(p => p.ToString())];
    });

    /// <summary>One Refit method: verb, route template, the names its query takes, and the type of its body.</summary>
    private sealed record Call(HttpMethod Method, string Template, IReadOnlyList<string> QueryNames, Type? BodyType)
    {
        public string Route(JsonInputs inputs, IReadOnlyList<string> realIds) =>
            System.Text.RegularExpressions.Regex.Replace(Template, @"\{[^}]+\}", _ => inputs.RouteValue(realIds));
    }

    private static IEnumerable<Call> Calls()
    {
        var apis = typeof(IOrdersApi).Assembly.GetTypes().Where(t => t.IsInterface && t.Namespace == typeof(IOrdersApi).Namespace);
        foreach (var method in apis.SelectMany(a => a.GetMethods()))
        {
            if (method.GetCustomAttribute<Refit.HttpMethodAttribute>() is not { } verb || NotFuzzed.Any(p => verb.Path.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }
            var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToList();
            var body = parameters.FirstOrDefault(p => p.GetCustomAttribute<Refit.BodyAttribute>() is not null);
            var query = parameters.Where(p => p != body && !verb.Path.Contains("{" + p.Name + "}", StringComparison.Ordinal))
                .SelectMany(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)
                    ? p.ParameterType.GetProperties().Select(x => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(x.Name))
                    : [p.Name!])
                .ToList();
            yield return new Call(verb.Method, verb.Path, query, body?.ParameterType);
        }
    }
}
