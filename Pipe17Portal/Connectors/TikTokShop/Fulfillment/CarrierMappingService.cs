using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.TikTokShop.Fulfillment;

/// <summary>
/// The carrier mapping of a TikTok connection. Reading it changes nothing; saving checks each row against the providers
/// TikTok offers the shop now (Developer or Administrator), and is refused when the connection changed since the page read it.
/// </summary>
public sealed class CarrierMappingService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    TikTokShopLink link,
    TimeProvider clock) : ICarrierMappingApi
{
    public const int MaxRows = 200;

    public async Task<CarrierMappingView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var (providers, error) = await ProvidersAsync(db, connection, ct);
        return await ViewAsync(db, connection, providers, error, ct);
    }

    public async Task<CarrierMappingView> SaveAsync(Guid id, CarrierMappingUpdate update, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing the carrier mapping");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var (providers, error) = await ProvidersAsync(db, connection, ct);
        if (error is not null)
        {
            throw ApiProblemException.Conflict($"The carrier mapping was not saved: {error} Each provider is checked against TikTok's list, so try again once the connection works (click Connect on the TikTok connection if it asks you to).");
        }
        var rows = Validate(update.Rows ?? [], providers);
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        connection.SettingsJson = (settings with { CarrierMappings = rows }).Write();
        connection.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, me, "Carrier mapping saved", connection, "Carrier mapping",
            rows.Count == 0 ? "no rows" : string.Join(", ", rows.Select(r => $"{r.SfccCarrier} → {r.ProviderName}")));
        await db.SaveChangesAsync(ct);
        return await ViewAsync(db, connection, providers, null, ct);
    }

    /// <summary>The rows as stored: trimmed, each carrier once, each provider one TikTok offers (its name taken from TikTok).</summary>
    public static List<TikTokCarrierMapping> Validate(IReadOnlyList<CarrierMappingRow> rows, IReadOnlyList<ShippingProviderChoice> providers)
    {
        var check = new InputCheck();
        if (rows.Count > MaxRows)
        {
            check.Add("rows", $"A carrier mapping has at most {MaxRows} rows; this one has {rows.Count}.");
            check.ThrowIfInvalid();
        }
        List<TikTokCarrierMapping> result = [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // every carrier named so far, valid row or not
        for (var i = 0; i < rows.Count; i++)
        {
            var carrier = rows[i].SfccCarrier?.Trim() ?? "";
            var providerId = rows[i].ProviderId?.Trim() ?? "";
            if (carrier.Length is 0 or > 100)
            {
                check.Add($"rows[{i}].sfccCarrier", $"Row {i + 1}: enter the carrier as Salesforce names it (c_carrierCode, e.g. UPS) or a shipping method id, up to 100 characters.");
            }
            else if (!seen.Add(carrier))
            {
                check.Add($"rows[{i}].sfccCarrier", $"Row {i + 1}: '{carrier}' is already mapped in an earlier row (case is ignored); keep one row per carrier.");
            }
            var provider = providers.FirstOrDefault(p => p.Id == providerId);
            if (provider is null)
            {
                check.Add($"rows[{i}].providerId", providerId.Length == 0
                    ? $"Row {i + 1}: choose the TikTok shipping provider for '{carrier}'."
                    : $"Row {i + 1}: '{providerId}' is not a shipping provider TikTok offers this shop; choose one of: {string.Join(", ", providers.Select(p => p.Name))}.");
            }
            if (carrier.Length is > 0 and <= 100 && provider is not null)
            {
                result.Add(new TikTokCarrierMapping(carrier, provider.Id, provider.Name));
            }
        }
        check.ThrowIfInvalid();
        return result;
    }

    private async Task<(IReadOnlyList<ShippingProviderChoice>, string?)> ProvidersAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        if (connection.Status != ConnectionStatus.Connected || !TikTokConnectionSettings.Read(connection.SettingsJson).IsAuthorized)
        {
            return ([], "the TikTok connection is not connected, so TikTok's shipping providers cannot be read.");
        }
        try
        {
            return await TikTokShippingProviders.ReadAsync(await link.ClientAsync(connection, ct, db), ct);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return ([], $"TikTok's shipping providers could not be read: {e.Message}");
        }
    }

    private static async Task<CarrierMappingView> ViewAsync(PortalDbContext db, Connection connection, IReadOnlyList<ShippingProviderChoice> providers, string? error, CancellationToken ct)
    {
        var settings = TikTokConnectionSettings.Read(connection.SettingsJson);
        // What the warehouse actually ships with: carriers (or, without one, shipping methods) on this shop's fulfillments.
        var seen = await db.Fulfillments.AsNoTracking()
            .Join(db.Orders.Where(o => o.SourceConnectionId == connection.Id), f => f.OrderId, o => o.Id, (f, o) => f.Carrier ?? f.ShippingMethodId)
            .Where(c => c != null).Distinct().OrderBy(c => c).Take(500).ToListAsync(ct);
        return new CarrierMappingView(connection.Id,
            [.. settings.CarrierMappings.Select(m => new CarrierMappingRow(m.SfccCarrier, m.ProviderId, m.ProviderName))],
            providers,
            [.. seen.OfType<string>().Order(StringComparer.OrdinalIgnoreCase)],
            error,
            connection.Version);
    }

    private static async Task<Connection> FindAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw ApiProblemException.NotFound("The connection");
        return connection.Kind == ConnectorKind.TikTokShop ? connection : throw ApiProblemException.NotFound("A TikTok Shop connection with this id");
    }
}
