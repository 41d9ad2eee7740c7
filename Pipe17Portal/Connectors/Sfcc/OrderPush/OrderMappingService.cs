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
    AuditTrail audit,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions Pretty = new(SfccJson.Ocapi) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<OrderMappingView> GetAsync(Guid id, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var (shipping, payment, error) = await methods.ReadAsync(db, connection, settings, ct);
        if (error is null && (!shipping.SequenceEqual(settings.KnownShippingMethods) || !payment.SequenceEqual(settings.KnownPaymentMethods)))
        {
            // Kept for the dry run, which must not write to SFCC (reading methods needs a temporary basket).
            connection.SettingsJson = (settings with { KnownShippingMethods = shipping, KnownPaymentMethods = payment }).Write();
            await db.SaveChangesAsync(ct);
        }
        return await ViewAsync(db, connection, settings, error is null ? shipping : settings.KnownShippingMethods, error is null ? payment : settings.KnownPaymentMethods, error, ct);
    }

    public async Task<OrderMappingView> SaveAsync(Guid id, OrderMappingUpdate update, CancellationToken ct)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing the order mapping");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var fields = update.Fields ?? [];
        var errors = OrderMappingFields.Validate(fields);
        if (errors.Count > 0)
        {
            throw ApiProblemException.Invalid(errors);
        }
        // Only what differs from the defaults is kept, so improved defaults reach every merchant who did not override them.
        var saved = fields.Where(f => OrderMappingFields.Find(f.Target) is { } field ? field.Overridable && f.Kind != FieldMappingKind.Default : true).ToList();
        foreach (var change in Changes(settings.Mapping, saved))
        {
            audit.Record(db, me, "Order mapping changed", connection, change.Target, change.Detail);
        }
        connection.SettingsJson = (settings with { Mapping = saved }).Write();
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var after = SfccConnectionSettings.Read(connection.SettingsJson);
        return await ViewAsync(db, connection, after, after.KnownShippingMethods, after.KnownPaymentMethods, null, ct);
    }

    public async Task<MappingPreview> PreviewAsync(Guid id, MappingPreviewRequest request, CancellationToken ct)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await SfccConnectionService.FindAsync(db, id, ct);
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
            [.. seen.OrderByDescending(s => s.Orders)], choices, note);
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
