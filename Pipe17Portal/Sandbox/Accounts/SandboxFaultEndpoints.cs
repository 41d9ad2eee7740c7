using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>
/// `PUT /sandbox/_control/accounts/{id}/faults` {system, rate, kinds, latency_ms}, `GET …/faults` and
/// `DELETE …/faults[?system=]`, `GET …/faults/injected` (counts so far): what each emulated system of the account does wrong on purpose (kinds 429, 500, 503,
/// timeout, expired_token; lost_response for sfcc). Stored per system, so every emulator reads its own row.
/// </summary>
public static class SandboxFaultEndpoints
{
    public static readonly IReadOnlyList<string> Systems = ["tiktok", "sfcc"];
    public static readonly IReadOnlyList<string> Kinds = ["429", "500", "503", "timeout", "expired_token", "lost_response"];

    /// <summary>Kinds only some systems emulate: lost_response (the call is done, the answer lost) is SFCC's.</summary>
    private static readonly Dictionary<string, string[]> OnlyFor = new() { ["lost_response"] = ["sfcc"] };
    private const int MaxLatencyMs = 60_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(RouteGroupBuilder accounts)
    {
        accounts.MapPut("/{id}/faults", async Task<IResult> (string id, JsonElement body, SandboxDbContext db, CancellationToken ct) =>
        {
            if (await FindAsync(db, id, ct) is { } missing)
            {
                return missing;
            }
            var accountId = Guid.Parse(id);
            var system = Get(body, "system") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
            if (system is null || !Systems.Contains(system))
            {
                return Invalid("system", $"system must be one of: {string.Join(", ", Systems)}.");
            }
            if (Get(body, "rate") is not { ValueKind: JsonValueKind.Number } r || r.GetDouble() is < 0 or > 1)
            {
                return Invalid("rate", "rate must be a number from 0.0 (never) to 1.0 (every call).");
            }
            var kinds = Get(body, "kinds") is { ValueKind: JsonValueKind.Array } k
                ? k.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.GetString() ?? "").ToList()
                : [];
            if (kinds.FirstOrDefault(kind => !Kinds.Contains(kind)) is { } unknown)
            {
                return Invalid("kinds", $"'{unknown}' is not a fault kind; use any of: {string.Join(", ", Kinds)}.");
            }
            if (kinds.FirstOrDefault(kind => OnlyFor.TryGetValue(kind, out var only) && !only.Contains(system)) is { } unsupported)
            {
                return Invalid("kinds", $"'{unsupported}' is emulated only for {string.Join(", ", OnlyFor[unsupported])}, not for {system}.");
            }
            var latency = 0;
            if (Get(body, "latency_ms") is { } l && (l.ValueKind != JsonValueKind.Number || !l.TryGetInt32(out latency) || latency < 0 || latency > MaxLatencyMs))
            {
                return Invalid("latency_ms", $"latency_ms must be a whole number from 0 to {MaxLatencyMs}.");
            }
            var faults = await db.Faults.SingleOrDefaultAsync(f => f.AccountId == accountId && f.System == system, ct);
            if (faults is null)
            {
                faults = new SandboxFaultSettings { AccountId = accountId, System = system, Kinds = "" };
                db.Faults.Add(faults);
            }
            faults.Rate = r.GetDouble();
            faults.Kinds = string.Join(',', kinds.Distinct());
            faults.LatencyMs = latency;
            await db.SaveChangesAsync(ct);
            return TypedResults.Json(View(faults), Json);
        });

        accounts.MapDelete("/{id}/faults", async Task<IResult> (string id, string? system, SandboxDbContext db, CancellationToken ct) =>
        {
            if (await FindAsync(db, id, ct) is { } missing)
            {
                return missing;
            }
            if (system is not null && !Systems.Contains(system))
            {
                return Invalid("system", $"system must be one of: {string.Join(", ", Systems)}, or left out to clear every system's faults.");
            }
            var accountId = Guid.Parse(id);
            await db.Faults.Where(f => f.AccountId == accountId && (system == null || f.System == system)).ExecuteDeleteAsync(ct);
            return TypedResults.NoContent();
        });

        accounts.MapGet("/{id}/faults", async Task<IResult> (string id, SandboxDbContext db, CancellationToken ct) =>
        {
            if (await FindAsync(db, id, ct) is { } missing)
            {
                return missing;
            }
            var accountId = Guid.Parse(id);
            var faults = await db.Faults.AsNoTracking().Where(f => f.AccountId == accountId).OrderBy(f => f.System).ToListAsync(ct);
            return TypedResults.Json(faults.Select(View).ToList(), Json);
        });

        // {tiktok: {kind: count}, sfcc: {…}}: the faults injected so far (since the sandbox process started), e.g. for a soak's report.
        accounts.MapGet("/{id}/faults/injected", async Task<IResult> (string id, SandboxDbContext db, SandboxFaultCounter counter, CancellationToken ct) =>
        {
            if (await FindAsync(db, id, ct) is { } missing)
            {
                return missing;
            }
            var accountId = Guid.Parse(id);
            return TypedResults.Json(Systems.ToDictionary(s => s, s => counter.Of(accountId, s)), Json);
        });
    }

    private static object View(SandboxFaultSettings f) => new { system = f.System, rate = f.Rate, kinds = f.KindList(), latency_ms = f.LatencyMs };

    private static async Task<IResult?> FindAsync(SandboxDbContext db, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var accountId))
        {
            return SandboxProblem.Write(StatusCodes.Status400BadRequest, $"'{id}' is not a sandbox account id; use the id returned by POST /sandbox/_control/accounts.");
        }
        return await db.Accounts.AnyAsync(a => a.Id == accountId, ct)
            ? null
            : SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account {accountId}. Create one with POST /sandbox/_control/accounts.");
    }

    private static JsonElement? Get(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Sandbox control API");
}
