using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>
/// Issue 12 §1: Preview runs merchant code only for those who may change the mapping, custom attributes are capped,
/// opening the mapping writes nothing to the connection, and a save from a stale page is refused instead of undoing
/// someone else's change.
/// </summary>
public class OrderMappingHardeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string StaleMessage = "changed by someone else since you opened them";

    [Fact]
    public async Task AUserMayPreviewTheSavedMappingButNotUnsavedFieldsOrScripts()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var orderId = await PortalOrderIdAsync(sandbox);
        var user = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.User));
        var preview = $"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping/preview";

        var saved = await (await user.PostJsonAsync(preview, new { orderId })).ReadAsync<MappingPreview>();
        Assert.NotNull(saved.DocumentJson);
        // The page sends the saved mapping back as it shows it: a User's preview of it is allowed.
        var sameAsSaved = await user.PostJsonAsync(preview, new { orderId, fields = new[] { ShippingMapping() } });
        Assert.Equal(HttpStatusCode.OK, sameAsSaved.StatusCode);

        var script = new { target = "c_note", kind = FieldMappingKind.Script, script = "(() => { let i = 0; while (true) { i++; } })()" };
        var refused = await user.PostJsonAsync(preview, new { orderId, fields = new object[] { ShippingMapping(), script } });
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Developer", problem.Detail, StringComparison.Ordinal);

        var developer = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.Developer));
        var ran = await (await developer.PostJsonAsync(preview, new { orderId, fields = new object[] { ShippingMapping(), script } })).ReadAsync<MappingPreview>();
        Assert.Contains(ran.Problems, p => p.Message.Contains("c_note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMappingWithMoreThanFiftyCustomAttributesIsRefusedOnSaveAndPreview()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false, mapShipping: false);
        var orderId = await PortalOrderIdAsync(sandbox);
        var fields = Enumerable.Range(1, 51).Select(i => new FieldMapping($"c_attr{i}", FieldMappingKind.Constant, Constant: "x")).ToList();

        var save = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping", new { fields });
        var problem = await save.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 50", string.Join(" ", problem.Errors!.SelectMany(e => e.Value)), StringComparison.Ordinal);

        var preview = await sandbox.Browser.PostJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping/preview", new { orderId, fields });
        Assert.Contains("at most 50", string.Join(" ", (await preview.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.SelectMany(e => e.Value)), StringComparison.Ordinal);

        var fifty = await sandbox.Browser.PutJsonAsync($"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping", new { fields = fields.Take(50) });
        Assert.Equal(HttpStatusCode.OK, fifty.StatusCode);
    }

    [Fact]
    public async Task OpeningTheMappingWritesNothingToTheConnectionAndKeepsADevelopersSave()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var user = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.User));
        var mapping = $"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping";
        var developerSave = new { fields = new object[] { ShippingMapping(), new { target = "c_channel", kind = FieldMappingKind.Constant, constant = "tiktok" } } };
        Assert.Equal(HttpStatusCode.OK, (await sandbox.Browser.PutJsonAsync(mapping, developerSave)).StatusCode);
        var (versionBefore, settingsBefore) = await ConnectionAsync(sandbox.SfccId);

        var view = await (await user.GetAsync(mapping)).ReadAsync<OrderMappingView>();

        Assert.NotEmpty(view.ShippingMethods); // SFCC's methods were read…
        var (versionAfter, settingsAfter) = await ConnectionAsync(sandbox.SfccId);
        Assert.Equal(versionBefore, versionAfter); // …but the connection was not written
        Assert.Equal(settingsBefore, settingsAfter);
        Assert.Contains(view.Fields, f => f.Target == "c_channel" && f.Mapping.Constant == "tiktok");
    }

    [Fact]
    public async Task SavingTheMappingOrSyncSettingsFromAStalePageAnswers409AndKeepsTheNewerChange()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var mapping = $"/api/v1/connections/{sandbox.SfccId}/sfcc/mapping";
        var (opened, _) = await ConnectionAsync(sandbox.SfccId); // a Developer opens the page at this version
        var other = await factory.SignInAsync(await factory.AddMemberAsync(sandbox.Shop.Owner.WorkspaceId, WorkspaceRole.Developer));
        Assert.Equal(HttpStatusCode.OK, (await other.PutJsonAsync(mapping, new { fields = new object[] { ShippingMapping(), new { target = "c_other", kind = FieldMappingKind.Constant, constant = "kept" } } })).StatusCode);

        var stale = await sandbox.Browser.PutJsonAsync(mapping, new { fields = new object[] { ShippingMapping() }, version = opened });

        Assert.Contains(StaleMessage, (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        var (now, settings) = await ConnectionAsync(sandbox.SfccId);
        Assert.Contains("c_other", settings, StringComparison.Ordinal);
        var fresh = await sandbox.Browser.PutJsonAsync(mapping, new { fields = new object[] { ShippingMapping() }, version = now });
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        var sync = $"/api/v1/connections/{sandbox.SfccId}/sfcc/order-sync";
        var staleSync = await sandbox.Browser.PutJsonAsync(sync, new
        {
            pushOrders = false, statusesToPush = new[] { OrderStatus.ReadyForFulfillment, OrderStatus.Canceled }, sourceConnectionIds = Array.Empty<Guid>(),
            markSentToFulfillment = false, customerStrategy = CustomerMatchingStrategy.GenericForAll, genericCustomerNo = sandbox.GenericCustomerNo, version = opened,
        });
        Assert.Contains(StaleMessage, (await staleSync.ReadProblemAsync(HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
    }

    private static object ShippingMapping() => new
    {
        target = "shipments[0].shipping_method.id", kind = FieldMappingKind.Lookup, lookupSource = "shipping.optionName",
        lookup = OrderPushSandbox.ShippingRows.Select(r => new { from = r.From, to = r.To }),
    };

    private async Task<Guid> PortalOrderIdAsync(OrderPushSandbox sandbox)
    {
        var sourceId = (await sandbox.NewOrdersAsync(1)).Single();
        return await factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Orders.IgnoreQueryFilters()
            .Where(o => o.SourceOrderId == sourceId).Select(o => o.Id).SingleAsync());
    }

    private Task<(int Version, string Settings)> ConnectionAsync(Guid id) =>
        factory.ScopedAsync(async s =>
        {
            var c = await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == id);
            return (c.Version, c.SettingsJson);
        });
}
