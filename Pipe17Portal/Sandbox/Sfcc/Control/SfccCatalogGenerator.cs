using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Control;

/// <summary>
/// `POST /sandbox/_control/accounts/{id}/sfcc/catalog/generate {masters, variants_per_master}`: adds a large synthetic catalog
/// (GEN-000001 … with variants GEN-000001-01 …, each variant stocked in the warehouse and the store) for benchmarks, with one prepared INSERT in one
/// transaction instead of EF change tracking. Running it again replaces the same rows; <c>stock_offset</c> (0–1000) shifts
/// every generated stock level, so a second run changes every SKU's stock.
/// </summary>
public static class SfccCatalogGenerator
{
    public const int MaxMasters = 50_000;
    public const int MaxVariantsPerMaster = 50;

    public static void Map(RouteGroupBuilder sfcc) => sfcc.MapPost("/catalog/generate", GenerateAsync);

    private static async Task<IResult> GenerateAsync(string id, JsonElement body, SandboxDbContext db, TimeProvider clock, IOptions<SandboxOptions> options, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var accountId) || await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct) is not { } account)
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account '{id}'. Create one with POST /sandbox/_control/accounts.");
        }
        if (Int(body, "masters") is not { } masters || masters is < 1 or > MaxMasters)
        {
            return Invalid("masters", $"masters must be a whole number from 1 to {MaxMasters}.");
        }
        if (Int(body, "variants_per_master") is not { } variants || variants is < 0 or > MaxVariantsPerMaster)
        {
            return Invalid("variants_per_master", $"variants_per_master must be a whole number from 0 to {MaxVariantsPerMaster}.");
        }
        var maxProducts = options.Value.Limits.MaxCatalogProducts;
        if ((long)masters * (variants + 1) > maxProducts)
        {
            return Invalid("masters", $"masters × (variants_per_master + 1) must not exceed {maxProducts} products (Sandbox:Limits:MaxCatalogProducts).");
        }
        var offset = Int(body, "stock_offset") ?? 0;
        if (offset is < 0 or > 1_000)
        {
            return Invalid("stock_offset", "stock_offset must be a whole number from 0 to 1000.");
        }
        var now = clock.GetUtcNow();
        await SfccSeeder.EnsureAsync(db, account, now, ct);
        var watch = Stopwatch.StartNew();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var product = Command(connection, transaction,
                "INSERT OR REPLACE INTO SfccProducts (AccountId, Id, Type, MasterId, Name, Color, Size, Price, Upc, Online, CreationDate, LastModified) VALUES ($a, $id, $type, $master, $name, $color, $size, $price, $upc, 1, $time, $time)",
                "$a", "$id", "$type", "$master", "$name", "$color", "$size", "$price", "$upc", "$time");
            await using var stock = Command(connection, transaction,
                "INSERT OR REPLACE INTO SfccInventory (AccountId, ProductId, Allocation, Turnover, AllocationResetDate) VALUES ($a, $id, $qty, 0, $time)",
                "$a", "$id", "$qty", "$time");
            await using var store = Command(connection, transaction,
                "INSERT OR REPLACE INTO SfccLocationStock (AccountId, LocationId, Sku, OnHand) VALUES ($a, $loc, $id, $qty)",
                "$a", "$loc", "$id", "$qty");
            store.Parameters["$a"].Value = accountId.ToString().ToUpperInvariant();
            store.Parameters["$loc"].Value = SfccLocations.Store(account);
            // The same representation EF writes: Guid as uppercase text, DateTimeOffset as binary ticks.
            var accountText = accountId.ToString().ToUpperInvariant();
            var time = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(now)!;
            foreach (var command in new[] { product, stock })
            {
                command.Parameters["$a"].Value = accountText;
                command.Parameters["$time"].Value = time;
            }
            string[] colors = ["Black", "White", "Navy", "Grey", "Red", "Green", "Blue", "Olive"];
            string[] sizes = ["XS", "S", "M", "L", "XL", "XXL"];
            for (var m = 1; m <= masters; m++)
            {
                var masterId = $"GEN-{m:D6}";
                var price = 10m + m % 90;
                await InsertAsync(product, masterId, variants > 0 ? "master" : "item", null, $"Generated Product {m}", null, null, price, null, ct);
                if (variants == 0)
                {
                    await StockAsync(stock, masterId, m + offset, ct);
                    await StockAsync(store, masterId, SfccLocations.StoreSeed(masterId), ct);
                }
                for (var v = 1; v <= variants; v++)
                {
                    var sku = $"{masterId}-{v:D2}";
                    var color = colors[(v - 1) % colors.Length];
                    var size = sizes[(v - 1) / colors.Length % sizes.Length];
                    await InsertAsync(product, sku, "variant", masterId, $"Generated Product {m} - {color} / {size}", color, size, price, SfccCatalogSeed.Upc(sku), ct);
                    await StockAsync(stock, sku, m + v + offset, ct);
                    await StockAsync(store, sku, SfccLocations.StoreSeed(sku), ct);
                }
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        var total = await db.SfccProducts.CountAsync(p => p.AccountId == accountId, ct);
        return TypedResults.Json(new { masters, variants = masters * variants, products_total = total, elapsed_ms = watch.ElapsedMilliseconds });
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static Task InsertAsync(DbCommand c, string id, string type, string? master, string name, string? color, string? size, decimal price, string? upc, CancellationToken ct)
    {
        c.Parameters["$id"].Value = id;
        c.Parameters["$type"].Value = type;
        c.Parameters["$master"].Value = (object?)master ?? DBNull.Value;
        c.Parameters["$name"].Value = name;
        c.Parameters["$color"].Value = (object?)color ?? DBNull.Value;
        c.Parameters["$size"].Value = (object?)size ?? DBNull.Value;
        c.Parameters["$price"].Value = (double)price;
        c.Parameters["$upc"].Value = (object?)upc ?? DBNull.Value;
        return c.ExecuteNonQueryAsync(ct);
    }

    private static Task StockAsync(DbCommand c, string id, int seed, CancellationToken ct)
    {
        c.Parameters["$id"].Value = id;
        c.Parameters["$qty"].Value = seed % 50;
        return c.ExecuteNonQueryAsync(ct);
    }

    private static int? Int(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Sandbox control API");
}
