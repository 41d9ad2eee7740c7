using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// The "Orders to Salesforce mapping" (setup guide Steps 6 and 7): the readable field list with the merchant's overrides,
/// the shipping and payment methods read from the instance, the delivery options seen on orders, and Preview on a real order.
/// </summary>
public sealed class OrderMappingService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    SfccLink sfccLink,
    SfccOrderPreparer preparer,
    ShippingOptionChoices shippingOptions,
    SfccMethodsReader methods,
    SfccLearnedFactsStore facts,
    AuditTrail audit,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Pretty = new(SfccJson.Ocapi) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Reads the mapping and SFCC's methods. Nothing of the connection is written: the methods read live go to the
    /// connection's learned facts (for the dry run and the checks), never into the settings a Developer may be editing.
    /// </summary>
    public async Task<OrderMappingView> GetAsync(Guid id, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var live = await methods.ReadAsync(db, connection, settings, ct);
        if (live.IsRead)
        {
            await facts.RememberMethodsAsync(connection, live, ct);
            return await ViewAsync(db, connection, settings, live.Shipping, live.Payment, null, ct);
        }
        var (shipping, payment) = await SfccLearnedFactsStore.MethodsAsync(db, connection.Id, ct);
        return await ViewAsync(db, connection, settings, shipping, payment, live.Error, ct);
    }

    public async Task<OrderMappingView> SaveAsync(Guid id, OrderMappingUpdate update, CancellationToken ct)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing the order mapping");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var fields = update.Fields ?? [];
        var errors = OrderMappingFields.Validate(fields);
        if (errors.Count > 0)
        {
            throw ApiProblemException.Invalid(errors);
        }
        var saved = Overrides(fields);
        foreach (var change in Changes(settings.Mapping, saved))
        {
            audit.Record(db, me, "Order mapping changed", connection, change.Target, change.Detail);
        }
        connection.SettingsJson = (settings with { Mapping = saved }).Write();
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var after = SfccConnectionSettings.Read(connection.SettingsJson);
        var (shipping, payment) = await SfccLearnedFactsStore.MethodsAsync(db, connection.Id, ct);
        return await ViewAsync(db, connection, after, shipping, payment, null, ct);
    }

    /// <summary>Only what differs from the defaults is kept, so improved defaults reach every merchant who did not override them.</summary>
    private static List<FieldMapping> Overrides(IEnumerable<FieldMapping> fields) =>
        [.. fields.Where(f => OrderMappingFields.Find(f.Target) is { } field ? field.Overridable && f.Kind != FieldMappingKind.Default : true)];

    /// <summary>True when <paramref name="fields"/> would save as exactly the saved mapping (order of the rows aside).</summary>
    private static bool IsSavedMapping(IReadOnlyList<FieldMapping> fields, IReadOnlyList<FieldMapping> saved)
    {
        static string Canonical(IEnumerable<FieldMapping> list) =>
            JsonSerializer.Serialize(list.OrderBy(f => f.Target, StringComparer.Ordinal).Select(f => JsonSerializer.Serialize(f)).ToList());
        return Canonical(Overrides(fields)) == Canonical(saved);
    }

    /// <summary>
    /// Runs the mapping on one order. Anyone may preview the saved mapping; previewing other fields or scripts runs code
    /// the caller wrote on the server, which is what changing the mapping allows, so it needs the Developer role.
    /// </summary>
    public async Task<MappingPreview> PreviewAsync(Guid id, MappingPreviewRequest request, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        if (request.Fields is { } given && !IsSavedMapping(given, SfccConnectionSettings.Read(connection.SettingsJson).Mapping))
        {
            await current.RequireAsync(WorkspaceRole.Developer, "Previewing mapping changes that are not saved");
        }
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == request.OrderId, ct)
            ?? throw ApiProblemException.Invalid("orderId", "No such order in this workspace. Pick an order from the list.");
        if (request.Fields is { } fields && OrderMappingFields.Validate(fields) is { Count: > 0 } errors)
        {
            throw ApiProblemException.Invalid(errors);
        }
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        if (connection.Status != ConnectionStatus.Connected)
        {
            throw ApiProblemException.Conflict("Preview reads the customer from Salesforce: connect the Salesforce connection first (click Connect).");
        }
        var client = await sfccLink.ClientAsync(db, connection, settings, ct);
        var prepared = await preparer.PrepareAsync(db, connection.Id, settings, client, order, request.Fields, ct);
        return new MappingPreview(prepared.SourceDoc.ToJsonString(Pretty), prepared.Draft?.Document?.ToJsonString(Pretty), prepared.Problems);
    }

    private async Task<OrderMappingView> ViewAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings,
        IReadOnlyList<SfccMethodInfo> shipping, IReadOnlyList<SfccMethodInfo> payment, string? error, CancellationToken ct)
    {
        var seen = await SfccMethodsReader.SeenOptionsAsync(db, connection.Id, ct);
        var (choices, note) = await shippingOptions.ListAsync(db, seen, ct);
        return new OrderMappingView(connection.Id, OrderMappingFields.Describe(settings.Mapping), SourceDocument.Fields, shipping, payment, error,
            [.. seen.OrderByDescending(s => s.Orders)], choices, note, connection.Version);
    }

    private static IEnumerable<(string Target, string Detail)> Changes(IReadOnlyList<FieldMapping> before, IReadOnlyList<FieldMapping> after)
    {
        foreach (var target in before.Select(f => f.Target).Union(after.Select(f => f.Target)).Distinct())
        {
            var from = before.FirstOrDefault(f => f.Target == target);
            var to = after.FirstOrDefault(f => f.Target == target);
            if (JsonSerializer.Serialize(from) != JsonSerializer.Serialize(to))
            {
                yield return (target, $"{Describe(from)} → {Describe(to)}");
            }
        }
    }

    private static string Describe(FieldMapping? f) => f switch
    {
        null or { Kind: FieldMappingKind.Default } => "default",
        { Kind: FieldMappingKind.Constant } => $"constant '{f.Constant}'",
        { Kind: FieldMappingKind.Lookup } => $"lookup on {f.LookupSource} ({f.Lookup?.Count ?? 0} row(s))",
        _ => $"script ({f.Script?.Length ?? 0} characters)",
    };
}
