using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Operations.Bench;

/// <summary>
/// `bench orders-page --orders 1000000`: a workspace holding N orders (and a second one with 2 % as many, so the tenancy
/// filter has something to filter), seeded straight into SQLite, then the Orders page's queries timed warm — through the
/// service in-process (what the server spends) and through HTTP on loopback (what the browser waits for, minus the
/// network). One JSON line per measurement on standard output; everything else on standard error.
/// </summary>
public static class OrdersPageBench
{
    private const double TargetMs = 150;

    public static Command Command(WebApplication app)
    {
        var orders = new Option<int>("--orders") { Description = "How many orders the measured workspace holds.", DefaultValueFactory = _ => 1_000_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query (after warm-up).", DefaultValueFactory = _ => 20 };
        var explain = new Option<bool>("--explain") { Description = "Print SQLite's query plan of every SQL command of each query (standard error)." };
        var limit = new Option<int>("--query-timeout") { Description = "Seconds after which a query is interrupted and reported as such.", DefaultValueFactory = _ => 60 };
        var command = new Command("orders-page", "Seed N orders, then time the Orders page's first page, filters, searches and paging (p50/p95/p99).") { orders, runs, explain, limit };
        command.SetAction(async (result, ct) => await RunAsync(app, result.GetValue(orders), result.GetValue(runs), result.GetValue(explain), TimeSpan.FromSeconds(result.GetValue(limit)), ct));
        return command;
    }

    public static async Task<int> RunAsync(WebApplication app, int orderCount, int runs, bool explain, TimeSpan limit, CancellationToken ct)
    {
        if (orderCount is < 1_000 or > 5_000_000 || runs is < 1 or > 1_000 || limit <= TimeSpan.Zero)
        {
            await Console.Error.WriteLineAsync("--orders must be 1000–5000000, --runs 1–1000 and --query-timeout positive.");
            return 2;
        }
        return await BenchHost.RunAsync(app, async baseUri =>
        {
            await Console.Error.WriteLineAsync($"Portal with sandbox on {baseUri}, databases in {BenchHost.Folder}");
            const string password = "Bench-Pass1";
            var email = $"bench-{Guid.NewGuid():N}@example.com";
            var shop = await RegisterAsync(app, email, password, "Bench merchant", ct);
            var other = await RegisterAsync(app, $"other-{Guid.NewGuid():N}@example.com", password, "Other merchant", ct);

            var seeding = Stopwatch.StartNew();
            var seeded = await OrderSeeder.SeedAsync(app, shop, other, orderCount, ct);
            seeding.Stop();
            await Console.Error.WriteLineAsync($"Seeded {seeded.Orders:N0} orders ({seeded.OtherOrders:N0} in the other workspace), {seeded.Lines:N0} lines and " +
                $"{seeded.Exceptions:N0} exceptions in {seeding.Elapsed.TotalSeconds:0.0} s ({seeded.Orders / seeding.Elapsed.TotalSeconds:N0} orders/s).");
            Emit(new Result("orders-page", "seed", orderCount, Math.Round(seeding.Elapsed.TotalSeconds, 2), Math.Round(seeded.Orders / seeding.Elapsed.TotalSeconds),
                null, null, null, PeakMiB(), null, null, "< 120 s", seeding.Elapsed.TotalSeconds < 120, Machine()));

            var member = new Member(shop.WorkspaceId, shop.UserId, null, email, WorkspaceRole.Administrator);
            var scenarios = Scenarios(seeded);
            using var browser = new BenchBrowser(baseUri);
            browser.Http.Timeout = Timeout.InfiniteTimeSpan; // the watchdog below bounds each query instead
            await browser.SignInAsync(email, password);
            using var commands = new EfCommands();

            foreach (var (name, query) in scenarios)
            {
                // Once first: what the query answers (a wrong seed or a wrong query shows before it is timed), and how slow it is.
                PagedResult<OrderSummary>? page = null;
                var first = await commands.GuardAsync(limit, async () => page = await ListAsync(app, member, query, ct));
                if (first is null)
                {
                    await Console.Error.WriteLineAsync($"  {name}: interrupted after {limit.TotalSeconds:0} s");
                    Emit(TimedOut(name, orderCount, limit));
                    continue;
                }
                await Console.Error.WriteLineAsync($"  {name}: total {page!.Total:N0}, {page.Items.Count} on page {page.Page}{(page.Items.Count > 0 ? $", first {page.Items[0].SourceOrderId} placed {page.Items[0].PlacedAt:u}" : "")} ({first:0} ms cold)");
                if (page.Items.Any(o => o.SourceConnectionId != seeded.ShopConnectionId))
                {
                    throw new InvalidOperationException($"{name}: an order of another workspace was listed.");
                }
                if (explain)
                {
                    await commands.ExplainAsync(app, () => ListAsync(app, member, query, ct), ct);
                }
                // Slow queries (before a fix) get 3 runs instead of the full set, so the whole benchmark still ends.
                var n = first > 5_000 ? Math.Min(3, runs) : runs;
                var service = await TimeAsync(commands, n, limit, () => ListAsync(app, member, query, ct));
                Emit(service is null ? TimedOut(name, orderCount, limit) : Measured(name, orderCount, service));
                var url = "/api/v1/orders" + QueryString(query);
                var http = await TimeAsync(commands, n, limit, async () =>
                {
                    using var response = await browser.Http.GetAsync(url, ct);
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync(ct);
                });
                Emit(http is null ? TimedOut(name + "-http", orderCount, limit) : Measured(name + "-http", orderCount, http));
            }
            await Console.Error.WriteLineAsync("Timings are wall-clock on a shared machine: expect noise between runs.");
            return 0;
        }, ct);
    }

    /// <summary>The Orders page's queries: default first page, each status, searches, a deep page, the exception filters.</summary>
    private static List<(string Name, OrderQuery Query)> Scenarios(OrderSeeder.Seeded seeded)
    {
        var list = new List<(string, OrderQuery)>
        {
            ("first-page", new OrderQuery()),
            ("page-50", new OrderQuery(Page: 50)),
        };
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            list.Add(($"status-{status}", new OrderQuery(Status: status)));
        }
        list.Add(("status-Fulfilled-page-50", new OrderQuery(Page: 50, Status: OrderStatus.Fulfilled)));
        list.Add(("search-order-id", new OrderQuery(Search: seeded.SampleOrderId)));
        list.Add(("search-order-id-other-workspace", new OrderQuery(Search: seeded.OtherWorkspaceOrderId)));
        list.Add(("search-order-id-prefix-12", new OrderQuery(Search: seeded.SampleOrderId[..12])));
        list.Add(("search-order-id-prefix-8", new OrderQuery(Search: seeded.SampleOrderId[..8])));
        list.Add(("search-sku-popular", new OrderQuery(Search: seeded.PopularSku)));
        list.Add(("search-sku-rare", new OrderQuery(Search: seeded.RareSku)));
        list.Add(("search-no-match", new OrderQuery(Search: "NO-SUCH-THING")));
        list.Add(("source-filter", new OrderQuery(ConnectionId: seeded.ShopConnectionId)));
        list.Add(("placed-last-7-days", new OrderQuery(PlacedFrom: seeded.Now.AddDays(-7), PlacedTo: seeded.Now.AddDays(1))));
        list.Add(("exceptions-any", new OrderQuery(HasExceptions: true)));
        list.Add(("exceptions-none", new OrderQuery(HasExceptions: false)));
        list.Add(($"exception-{OrderExceptionType.UnknownSku}", new OrderQuery(ExceptionType: OrderExceptionType.UnknownSku)));
        list.Add(("sort-total", new OrderQuery(Sort: OrderSort.Total)));
        list.Add(("sort-updated", new OrderQuery(Sort: OrderSort.UpdatedAt)));
        return list;
    }

    private static async Task<PagedResult<OrderSummary>> ListAsync(WebApplication app, Member member, OrderQuery query, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentMember>().ActAs(member);
        return await scope.ServiceProvider.GetRequiredService<IOrdersApi>().ListAsync(query, ct);
    }

    /// <summary>Warm-up, then the timed runs; null when one was interrupted for taking longer than the limit.</summary>
    private static async Task<List<double>?> TimeAsync(EfCommands commands, int runs, TimeSpan limit, Func<Task> run)
    {
        var times = new List<double>(runs);
        for (var i = -(runs >= 10 ? 2 : 0); i < runs; i++)
        {
            if (await commands.GuardAsync(limit, run) is not { } ms)
            {
                return null;
            }
            if (i >= 0)
            {
                times.Add(ms);
            }
        }
        times.Sort();
        return times;
    }

    private static Result TimedOut(string metric, int n, TimeSpan limit) =>
        new("orders-page", metric, n, null, null, null, null, null, PeakMiB(), null, null, $"<= {TargetMs:0} ms (interrupted after {limit.TotalSeconds:0} s)", false, Machine());

    private static Result Measured(string metric, int n, List<double> sorted)
    {
        var p95 = Percentile(sorted, 0.95);
        return new Result("orders-page", metric, n, null, null, Math.Round(Percentile(sorted, 0.50), 1), Math.Round(p95, 1),
            Math.Round(Percentile(sorted, 0.99), 1), PeakMiB(), null, null, $"<= {TargetMs:0} ms", p95 <= TargetMs, Machine());
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static long PeakMiB() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;

    private static string Machine() => $"{Environment.ProcessorCount} cores, {(OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : "other")} {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    private static readonly JsonSerializerOptions JsonLine = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Emit(Result result) => Console.Out.WriteLine(JsonSerializer.Serialize(result, JsonLine));

    /// <summary>One benchmark result (the shared BenchResult shape; to be unified with it).</summary>
    private sealed record Result(
        string Bench, string Metric, int N, double? Seconds, double? ThroughputPerS, double? P50Ms, double? P95Ms, double? P99Ms,
        long PeakWorkingSetMib, double? CeilingPerS, double? RatioToCeiling, string Target, bool Met, string Machine);

    private static string QueryString(OrderQuery q)
    {
        var parts = new List<string> { $"page={q.Page}", $"pageSize={q.PageSize}", $"sort={q.Sort}", $"descending={(q.Descending ? "true" : "false")}" };
        if (q.Status is { } status) parts.Add($"status={status}");
        if (q.ConnectionId is { } connection) parts.Add($"connectionId={connection}");
        if (q.PlacedFrom is { } from) parts.Add($"placedFrom={Uri.EscapeDataString(from.ToString("o", CultureInfo.InvariantCulture))}");
        if (q.PlacedTo is { } to) parts.Add($"placedTo={Uri.EscapeDataString(to.ToString("o", CultureInfo.InvariantCulture))}");
        if (q.Search is { } search) parts.Add($"search={Uri.EscapeDataString(search)}");
        if (q.ExceptionType is { } type) parts.Add($"exceptionType={type}");
        if (q.HasExceptions is { } has) parts.Add($"hasExceptions={(has ? "true" : "false")}");
        return "?" + string.Join('&', parts);
    }

    private static async Task<(Guid WorkspaceId, string UserId)> RegisterAsync(WebApplication app, string email, string password, string name, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<WorkspaceRegistration>().RegisterAsync(email, password, name, ct);
        return user is null ? throw new InvalidOperationException(string.Join(" ", errors)) : (user.WorkspaceId, user.Id);
    }

    /// <summary>
    /// Sees every SQL command EF runs in this process (the service's and the HTTP requests'): interrupts the ones of a run
    /// that takes longer than its limit (SQLite does not stop on a cancelled token), and captures them for EXPLAIN.
    /// </summary>
    private sealed class EfCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable subscription;
        private readonly List<IDisposable> listeners = [];
        private readonly HashSet<SqliteConnection> running = [];
        private List<(string Sql, List<(string Name, object? Value)> Parameters)>? captured;

        public EfCommands() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

        /// <summary>Runs once; the milliseconds it took, or null when it was interrupted at the limit.</summary>
        public async Task<double?> GuardAsync(TimeSpan limit, Func<Task> run)
        {
            lock (running)
            {
                running.Clear();
            }
            var interrupted = false;
            await using var timer = new Timer(_ =>
            {
                lock (running)
                {
                    interrupted = true;
                    foreach (var connection in running)
                    {
                        if (connection.Handle is { } handle)
                        {
                            SQLitePCL.raw.sqlite3_interrupt(handle);
                        }
                    }
                }
            }, null, limit, Timeout.InfiniteTimeSpan);
            var watch = Stopwatch.StartNew();
            try
            {
                await run();
                return watch.Elapsed.TotalMilliseconds;
            }
            catch (Exception) when (Volatile.Read(ref interrupted))
            {
                return null;
            }
        }

        /// <summary>Runs once with the commands captured, then prints SQLite's plan of each (standard error).</summary>
        public async Task ExplainAsync(WebApplication app, Func<Task> run, CancellationToken ct)
        {
            var commands = new List<(string Sql, List<(string Name, object? Value)> Parameters)>();
            lock (running)
            {
                captured = commands;
            }
            try
            {
                await run();
            }
            finally
            {
                lock (running)
                {
                    captured = null;
                }
            }
            await using var scope = app.Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(ct);
            var text = new StringBuilder();
            foreach (var (sql, parameters) in commands)
            {
                text.AppendLine(sql);
                await using var plan = connection.CreateCommand();
                plan.CommandText = "EXPLAIN QUERY PLAN " + sql;
                foreach (var (parameter, value) in parameters)
                {
                    plan.Parameters.AddWithValue(parameter, value ?? DBNull.Value);
                }
                await using var reader = await plan.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    text.AppendLine($"   plan: {reader.GetInt32(0)}/{reader.GetInt32(1)} {reader.GetString(3)}");
                }
            }
            await Console.Error.WriteLineAsync(text.ToString());
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (listeners)
                {
                    listeners.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && data.Command.Connection is SqliteConnection connection)
            {
                lock (running)
                {
                    running.Add(connection);
                    captured?.Add((data.Command.CommandText, [.. data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            subscription.Dispose();
            lock (listeners)
            {
                listeners.ForEach(l => l.Dispose());
            }
        }
    }

    /// <summary>
    /// Writes orders straight into SQLite with prepared commands, 50,000 orders per transaction, in the storage formats EF
    /// uses (GUIDs as upper-case text, decimals as text, enums by name, DateTimeOffset through EF's own converter).
    /// </summary>
    private static class OrderSeeder
    {
        public sealed record Seeded(
            int Orders, int OtherOrders, long Lines, int Exceptions, Guid ShopConnectionId, string SampleOrderId, string OtherWorkspaceOrderId,
            string PopularSku, string RareSku, DateTimeOffset Now);

        private const int Batch = 50_000;
        private static readonly Func<DateTimeOffset, long> Ticks = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

        private static readonly string[] FirstNames = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mason", "Amelia", "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Jackson", "Maria", "Jose", "Wei", "Priya", "Fatima", "Kenji"];
        private static readonly string[] LastNames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Nguyen", "Lee", "Patel", "Kim"];
        private static readonly (string City, string Region, string Zip)[] Places = [("Los Angeles", "California", "900"), ("Houston", "Texas", "770"), ("Chicago", "Illinois", "606"), ("Phoenix", "Arizona", "850"), ("Brooklyn", "New York", "112"), ("Miami", "Florida", "331"), ("Seattle", "Washington", "981"), ("Denver", "Colorado", "802"), ("Atlanta", "Georgia", "303"), ("Columbus", "Ohio", "432")];
        private static readonly (string Id, string Name)[] Shipping = [("7208502187360519982", "Standard shipping"), ("7208502187360519983", "Express shipping"), ("7208502187360519984", "Seller shipping")];
        private static readonly string[] Payments = ["Credit card", "PayPal", "Apple Pay", "Google Pay", "Klarna"];
        private static readonly string[] Products = ["TEE-CLASSIC", "TEE-VNECK", "HOOD-ZIP", "HOOD-PULL", "CAP-DAD", "CAP-TRUCKER", "MUG-CERAMIC", "TOTE-CANVAS", "SOCK-CREW", "JOGGER-FLEECE", "BEANIE-KNIT", "SHORTS-GYM", "LEGGING-HW", "BOTTLE-STEEL", "PHONE-CASE", "SCRUNCHIE", "LIPGLOSS", "SERUM-VITC", "CANDLE-SOY", "BLANKET-THROW"];
        private static readonly string[] Colors = ["BLK", "WHT", "GRY", "NVY", "RED", "GRN", "PNK", "BEI", "BLU", "YLW"];
        private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL", "XXL", "OS"];

        public static async Task<Seeded> SeedAsync(WebApplication app, (Guid WorkspaceId, string UserId) shop, (Guid WorkspaceId, string UserId) other, int orderCount, CancellationToken ct)
        {
            var now = DateTimeOffset.UtcNow;
            Guid shopConnection, otherConnection, sfccConnection, otherSfcc;
            string connectionString;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                Connection Add(Guid workspaceId, ConnectorKind kind, string name)
                {
                    var c = new Connection { WorkspaceId = workspaceId, Kind = kind, DisplayName = name, Status = ConnectionStatus.Connected, CreatedAt = now, UpdatedAt = now };
                    db.Connections.Add(c);
                    return c;
                }
                shopConnection = Add(shop.WorkspaceId, ConnectorKind.TikTokShop, "TikTok US").Id;
                sfccConnection = Add(shop.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Salesforce").Id;
                otherConnection = Add(other.WorkspaceId, ConnectorKind.TikTokShop, "Other TikTok").Id;
                otherSfcc = Add(other.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Other Salesforce").Id;
                await db.SaveChangesAsync(ct);
                connectionString = db.Database.GetConnectionString()!;
            }

            // A catalog of SKUs with skewed popularity (a few best sellers, a long tail).
            var skus = (from p in Products from c in Colors from s in Sizes select $"{p}-{c}-{s}").ToArray();
            var random = new Random(17);
            random.Shuffle(skus);
            var weights = skus.Select((_, i) => 1.0 / Math.Pow(i + 1, 1.1)).ToArray();
            var cumulative = new double[weights.Length];
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                sum += weights[i];
                cumulative[i] = sum;
            }
            int PickSku()
            {
                var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
                return Math.Min(index < 0 ? ~index : index, skus.Length - 1);
            }

            var otherCount = orderCount / 50;
            var total = orderCount + otherCount;
            var span = TimeSpan.FromDays(365);
            var start = now - span;
            var stride = Math.Max(1L, 90_000_000_000L / total); // ids rise with time, like TikTok's
            string sample = "", otherSample = "";
            long lines = 0;
            var exceptions = 0;
            int shopOrders = 0, otherOrders = 0;

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;", ct);
            // Secondary indexes are dropped while the rows go in and built again at the end (as the migrations define them):
            // one sort per index instead of a million scattered inserts.
            var indexes = new List<(string Name, string Sql)>();
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Orders', 'OrderLine', 'OrderExceptions')";
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            await ExecuteAsync(connection, string.Concat(indexes.Select(i => $"DROP INDEX \"{i.Name}\";")), ct);

            var order = Prepare(connection, "Orders", ["Id", "WorkspaceId", "SourceConnectionId", "SourceOrderId", "SourceStatus", "Status", "PlacedAt", "PaidAt",
                "SourceUpdatedAt", "HoldUntil", "Currency", "Subtotal", "ShippingFee", "Tax", "Discount", "Total", "PaymentMethod", "ShippingOptionId",
                "ShippingOptionName", "ShippingAddress_Name", "ShippingAddress_Phone", "ShippingAddress_Line1", "ShippingAddress_Line2", "ShippingAddress_City",
                "ShippingAddress_Region", "ShippingAddress_PostalCode", "ShippingAddress_CountryCode", "ShippingAddress_FullAddress", "BuyerEmail",
                "BuyerReference", "CanceledAt", "CanceledBy", "CancelReason", "SourcePayload", "CreatedAt", "UpdatedAt"]);
            var line = Prepare(connection, "OrderLine", ["Id", "OrderId", "Sku", "Name", "VariantName", "SourceProductId", "SourceSkuId", "Quantity",
                "CanceledQuantity", "UnitPrice", "Discount", "Total", "SourceLineIds"]);
            var exception = Prepare(connection, "OrderExceptions", ["Id", "WorkspaceId", "OrderId", "ConnectionId", "Type", "Message", "Cause", "Fix", "FixLink",
                "ExternalFaultType", "ExternalMessage", "OpenedAt", "LastSeenAt", "ResolvedAt"]);
            var payload = new StringBuilder(1024);
            var lineSkus = new List<int>(3);
            var lineRows = new List<object?[]>(3);

            for (var g = 0; g < total; g++)
            {
                if (g % Batch == 0)
                {
                    if (g > 0)
                    {
                        await CommitAsync(order, line, exception, ct);
                        await Console.Error.WriteLineAsync($"  … {g:N0} orders");
                    }
                    var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                    order.Transaction = line.Transaction = exception.Transaction = tx;
                }
                var isOther = g % 51 == 50 && otherOrders < otherCount;
                var workspaceId = isOther ? other.WorkspaceId : shop.WorkspaceId;
                var placed = start + span * ((double)g / total) + TimeSpan.FromSeconds(random.Next(0, 30));
                var age = now - placed;
                var id = Guid.CreateVersion7(placed);
                var sourceOrderId = (576_400_000_000_000_000L + g * stride + random.NextInt64(0, stride)).ToString(CultureInfo.InvariantCulture);
                var status = PickStatus(random, age);
                if (isOther)
                {
                    otherOrders++;
                    if (otherOrders == otherCount / 2)
                    {
                        otherSample = sourceOrderId;
                    }
                }
                else
                {
                    shopOrders++;
                    if (shopOrders == orderCount / 3)
                    {
                        sample = sourceOrderId;
                    }
                }

                // 2–3 lines, distinct SKUs.
                lineSkus.Clear();
                lineRows.Clear();
                var lineCount = random.NextDouble() < 0.6 ? 2 : 3;
                while (lineSkus.Count < lineCount)
                {
                    var s = PickSku();
                    if (!lineSkus.Contains(s))
                    {
                        lineSkus.Add(s);
                    }
                }
                var subtotal = 0m;
                var discount = 0m;
                payload.Clear().Append("{\"id\":\"").Append(sourceOrderId).Append("\",\"status\":\"").Append(SourceStatus(status)).Append("\",\"line_items\":[");
                foreach (var s in lineSkus)
                {
                    var quantity = random.NextDouble() < 0.8 ? 1 : random.Next(2, 4);
                    var unit = 9.99m + (s % 40);
                    var lineDiscount = random.NextDouble() < 0.2 ? Math.Round(unit * quantity * 0.1m, 2) : 0m;
                    var lineTotal = unit * quantity - lineDiscount;
                    subtotal += unit * quantity;
                    discount += lineDiscount;
                    var lineIds = string.Join(',', Enumerable.Range(0, quantity).Select(k => (576_500_000_000_000_000L + (long)g * 8 + k).ToString(CultureInfo.InvariantCulture)));
                    var sku = skus[s];
                    var parts = sku.Split('-');
                    lineRows.Add([Guid.CreateVersion7(placed), id, sku, $"{parts[0]} {parts[1]}".ToLowerInvariant(), $"{parts[^2]}, {parts[^1]}",
                        (1729_000_000_000_000_000L + s).ToString(CultureInfo.InvariantCulture), (1730_000_000_000_000_000L + s).ToString(CultureInfo.InvariantCulture),
                        quantity, status == OrderStatus.Canceled ? quantity : 0, Money(unit), Money(lineDiscount), Money(lineTotal), lineIds]);
                    payload.Append("{\"seller_sku\":\"").Append(sku).Append("\",\"quantity\":").Append(quantity).Append(",\"sale_price\":\"").Append(Money(unit)).Append("\"},");
                }
                payload.Length--;
                var shippingFee = random.NextDouble() < 0.7 ? 0m : 5.99m;
                var tax = Math.Round((subtotal - discount) * 0.08m, 2);
                var orderTotal = subtotal - discount + shippingFee + tax;
                var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
                var place = Places[random.Next(Places.Length)];
                var ship = Shipping[random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 }];
                var street = $"{random.Next(1, 9999)} {LastNames[random.Next(LastNames.Length)]} St";
                var zip = $"{place.Zip}{random.Next(10, 99)}";
                payload.Append("],\"recipient_address\":{\"name\":\"").Append(first).Append(' ').Append(last).Append("\",\"full_address\":\"").Append(street)
                    .Append(", ").Append(place.City).Append(", ").Append(place.Region).Append(' ').Append(zip).Append("\"},\"payment\":{\"total_amount\":\"")
                    .Append(Money(orderTotal)).Append("\",\"currency\":\"USD\"},\"delivery_option_name\":\"").Append(ship.Name).Append("\",\"create_time\":")
                    .Append(placed.ToUnixTimeSeconds()).Append('}');
                var paid = status == OrderStatus.New ? (DateTimeOffset?)null : placed.AddMinutes(random.Next(0, 5));
                var canceled = status == OrderStatus.Canceled ? placed.AddHours(random.Next(1, 48)) : (DateTimeOffset?)null;
                var updated = status switch
                {
                    OrderStatus.Fulfilled => placed.AddDays(random.Next(2, 8)),
                    OrderStatus.Canceled => canceled!.Value,
                    _ => placed.AddHours(random.Next(0, 36)),
                };
                if (updated > now)
                {
                    updated = now;
                }
                Set(order, id, workspaceId, isOther ? otherConnection : shopConnection, sourceOrderId, SourceStatus(status), status.ToString(),
                    Ticks(placed), paid is { } p ? Ticks(p) : null, Ticks(updated), status == OrderStatus.OnHold ? Ticks(placed.AddHours(1)) : null, "USD",
                    Money(subtotal), Money(shippingFee), Money(tax), Money(discount), Money(orderTotal), Payments[random.Next(Payments.Length)], ship.Id, ship.Name,
                    $"{first} {last[0]}***", $"(+1){random.Next(200, 999)}*****{random.Next(10, 99)}", street, null, place.City, place.Region, zip, "US",
                    $"{street}, {place.City}, {place.Region} {zip}, US", $"v{random.NextInt64():x}@scs.tiktokw.us", random.NextInt64(7_000_000_000_000_000_000, 7_500_000_000_000_000_000).ToString(CultureInfo.InvariantCulture),
                    canceled is { } c ? Ticks(c) : null, canceled is null ? null : random.Next(3) == 0 ? "SELLER" : "BUYER", canceled is null ? null : "No longer needed",
                    payload.ToString(), Ticks(placed.AddMinutes(2)), Ticks(updated));
                order.ExecuteNonQuery();
                foreach (var row in lineRows)
                {
                    Set(line, row);
                    line.ExecuteNonQuery();
                    lines++;
                }

                // Open exceptions on orders stuck before Salesforce (ready for a while, or recent), a resolved one now and then.
                var open = status == OrderStatus.ReadyForFulfillment && (age > TimeSpan.FromDays(2) || random.NextDouble() < 0.05);
                var resolved = !open && random.NextDouble() < 0.01;
                if (open || resolved)
                {
                    var type = random.Next(10) switch { < 5 => OrderExceptionType.UnknownSku, < 7 => OrderExceptionType.ProductNotAvailable, < 9 => OrderExceptionType.UnmappedShippingOption, _ => OrderExceptionType.CustomerNotFound };
                    var opened = placed.AddMinutes(5);
                    Set(exception, Guid.CreateVersion7(opened), workspaceId, id, isOther ? otherSfcc : sfccConnection, type.ToString(),
                        $"{type} on order {sourceOrderId}", "The order cannot be created in Salesforce as it is.", "Fix the setting, then retry the order.",
                        "/integrations", null, null, Ticks(opened), Ticks(opened.AddHours(1)), resolved ? Ticks(opened.AddHours(2)) : null);
                    exception.ExecuteNonQuery();
                    exceptions++;
                }
            }
            await CommitAsync(order, line, exception, ct);
            var indexing = Stopwatch.StartNew();
            foreach (var (_, sql) in indexes)
            {
                await ExecuteAsync(connection, sql, ct);
            }
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
            await Console.Error.WriteLineAsync($"  {indexes.Count} indexes built again in {indexing.Elapsed.TotalSeconds:0.0} s");
            return new Seeded(shopOrders, otherOrders, lines, exceptions, shopConnection, sample, otherSample, skus[0], skus[^1], now);
        }

        private static async Task CommitAsync(SqliteCommand order, SqliteCommand line, SqliteCommand exception, CancellationToken ct)
        {
            var tx = order.Transaction!;
            await tx.CommitAsync(ct);
            await tx.DisposeAsync();
            order.Transaction = line.Transaction = exception.Transaction = null;
        }

        private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
        {
            if (sql.Length > 0)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        private static OrderStatus PickStatus(Random random, TimeSpan age)
        {
            var r = random.NextDouble();
            if (age < TimeSpan.FromDays(2))
            {
                return r switch { < 0.03 => OrderStatus.New, < 0.18 => OrderStatus.OnHold, < 0.63 => OrderStatus.ReadyForFulfillment, < 0.93 => OrderStatus.SentToFulfillment, _ => OrderStatus.Canceled };
            }
            return r switch { < 0.90 => OrderStatus.Fulfilled, < 0.96 => OrderStatus.Canceled, < 0.975 => OrderStatus.SentToFulfillment, < 0.985 => OrderStatus.PartialFulfillment, _ => OrderStatus.ReadyForFulfillment };
        }

        private static string SourceStatus(OrderStatus status) => status switch
        {
            OrderStatus.New => "UNPAID",
            OrderStatus.OnHold => "ON_HOLD",
            OrderStatus.ReadyForFulfillment => "AWAITING_SHIPMENT",
            OrderStatus.SentToFulfillment => "AWAITING_SHIPMENT",
            OrderStatus.PartialFulfillment => "PARTIALLY_SHIPPING",
            OrderStatus.Fulfilled => "COMPLETED",
            _ => "CANCELLED",
        };

        /// <summary>As Microsoft.Data.Sqlite writes a decimal (EF stores decimals as TEXT on SQLite).</summary>
        private static string Money(decimal value) => value.ToString("0.0###########################", CultureInfo.InvariantCulture);

        private static SqliteCommand Prepare(SqliteConnection connection, string table, string[] columns)
        {
            var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
            return command;
        }

        private static void Set(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    Guid guid => guid.ToString().ToUpperInvariant(),
                    var v => v,
                };
            }
        }
    }
}
