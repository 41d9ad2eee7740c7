using System.Net.Http.Json;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Inventory;

/// <summary>Reconciliation against the sandbox shop's inventory search, the forced re-push, and the rules with their preview.</summary>
public class InventoryReconciliationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Sku = "TEE-CLASSIC-BLK-M";

    [Fact]
    public async Task AQuantityEditedOnTikTokIsFoundAsDriftAndARepushRestoresIt()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        await sandbox.SetSfccStockAsync(Sku, 12, 3);
        await sandbox.PullAsync();
        await sandbox.PushAsync();
        Assert.Equal(15, await sandbox.TikTokQuantityAsync(Sku));

        var edited = await sandbox.Setup.Control.PutAsJsonAsync($"{sandbox.TikTokControl}/inventory/{Sku}", new { quantity = 99 });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());

        var report = await (await sandbox.Browser.PostAsync($"/api/v1/connections/{sandbox.TikTokId}/tiktok/inventory-reconciliation", null)).ReadAsync<InventoryReconciliation>();
        var drift = Assert.Single(report.Drift, d => d.Sku == Sku);
        Assert.Equal((InventoryDriftCause.EditedOnTikTok, 99, 15, 15), (drift.Cause, drift.TikTokQuantity, drift.Computed, drift.LastPushed));
        // The sandbox shop has seller SKUs with no product here (deliberate near misses): listed as unlinked, never as edited.
        Assert.Contains(report.Drift, d => d.Cause == InventoryDriftCause.UnlinkedSku && d.Computed is null);
        Assert.DoesNotContain(report.Drift, d => d.Sku != Sku && d.Cause == InventoryDriftCause.EditedOnTikTok);

        var repush = await (await sandbox.Browser.PostAsJsonAsync($"/api/v1/connections/{sandbox.TikTokId}/tiktok/inventory-reconciliation/repush",
            new InventoryRepushRequest([Sku]))).ReadAsync<InventoryRepushResult>();
        Assert.Equal(1, repush.Queued);
        await sandbox.PushAsync();
        Assert.Equal(15, await sandbox.TikTokQuantityAsync(Sku));
        var again = await (await sandbox.Browser.PostAsync($"/api/v1/connections/{sandbox.TikTokId}/tiktok/inventory-reconciliation", null)).ReadAsync<InventoryReconciliation>();
        Assert.DoesNotContain(again.Drift, d => d.Sku == Sku);
    }

    [Fact]
    public async Task ThePreviewAppliesTheEditedRulesAndSavedRulesChangeWhatTikTokGets()
    {
        var sandbox = await InventorySandbox.CreateAsync(factory);
        var site = await sandbox.SiteAsync();
        await sandbox.SetSfccStockAsync(Sku, 40, 10);
        await sandbox.PullAsync();
        await sandbox.PushAsync();
        var rulesUrl = $"/api/v1/connections/{sandbox.TikTokId}/tiktok/inventory-rules";
        var view = await (await sandbox.Browser.GetAsync(rulesUrl)).ReadAsync<InventoryRulesView>();
        Assert.Equal([$"{site}-store", $"{site}-warehouse"], view.KnownLocations);

        // Only the warehouse counts, 5 units and 10% held back: 40 - 5 - 4 = 31.
        var edited = new InventoryRulesUpdate([$"{site}-warehouse"], 5, 10, 0);
        var preview = await (await sandbox.Browser.PostAsJsonAsync(rulesUrl + "/preview", new InventoryPreviewRequest(edited, [Sku, "NO-SUCH-SKU"]))).ReadAsync<List<InventoryPreviewRow>>();
        Assert.Equal((31, 50, 50, true, true), (preview[0].WouldSend, preview[0].CurrentRulesSend, preview[0].LastPushed!.Value, preview[0].Known, preview[0].Linked));
        Assert.False(preview[1].Known);
        Assert.Equal(50, await sandbox.TikTokQuantityAsync(Sku)); // a preview changes nothing

        var invalid = await sandbox.Browser.PutAsJsonAsync(rulesUrl, new InventoryRulesUpdate([], 0, 150, 0));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("percent", await invalid.Content.ReadAsStringAsync());

        await (await sandbox.Browser.PutAsJsonAsync(rulesUrl, edited)).ReadAsync<InventoryRulesView>();
        await sandbox.PushAsync();
        Assert.Equal(31, await sandbox.TikTokQuantityAsync(Sku));
    }
}
