using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Inventory;

namespace Pipe17Portal.Tests.Client.Features.Inventory;

public class InventoryReconciliationPanelTests : PortalComponentTest
{
    [Fact]
    public void ComparingListsEachDriftWithItsCauseAndSendAgainSendsThatSku()
    {
        var api = new FakeInventoryApi();
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryReconciliationPanel>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        cut.Find("button[data-testid=inventory-reconcile]").Click();

        Assert.Equal([api.Id], api.Reconciled);
        Assert.Contains("3 of 40 TikTok SKUs differ", cut.Markup);
        var rows = cut.FindAll("[data-testid=inventory-drift]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("Unlinked SKU", rows[0].TextContent);
        Assert.Contains("Update rejected", rows[1].TextContent);
        Assert.Contains("Edited on TikTok", rows[2].TextContent);
        Assert.Contains("TikTok accepted 12", rows[2].TextContent);
        // An unlinked SKU has nothing to send again; the others do.
        Assert.Empty(rows[0].QuerySelectorAll("[data-testid=inventory-repush]"));

        cut.FindAll("[data-testid=inventory-drift]")[2].QuerySelector("button[data-testid=inventory-repush]")!.Click();

        var request = Assert.Single(api.Repushed);
        Assert.Equal(["SKU-EDITED"], request.Skus);
    }

    [Fact]
    public void NoDriftSaysEverySkuIsInStep()
    {
        var api = new FakeInventoryApi { Drift = [] };
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryReconciliationPanel>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        cut.Find("button[data-testid=inventory-reconcile]").Click();

        Assert.Contains("All 40 TikTok SKUs show what the portal computed.", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=inventory-drift]"));
    }

    [Fact]
    public void AViewerSeesTheDriftButCannotSendAgain()
    {
        var api = new FakeInventoryApi();
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryReconciliationPanel>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, false));

        cut.Find("button[data-testid=inventory-reconcile]").Click();

        Assert.Equal(3, cut.FindAll("[data-testid=inventory-drift]").Count);
        Assert.Empty(cut.FindAll("[data-testid=inventory-repush]"));
    }

    private sealed class FakeInventoryApi : IInventoryApi
    {
        public Guid Id { get; } = Guid.NewGuid();
        public List<Guid> Reconciled { get; } = [];
        public List<InventoryRepushRequest> Repushed { get; } = [];

        public IReadOnlyList<InventoryDrift> Drift { get; init; } =
        [
            new("SKU-STRAY", "p1", "s1", 5, null, null, null, InventoryDriftCause.UnlinkedSku, "No product here has this seller SKU."),
            new("SKU-REFUSED", "p2", "s2", 3, 9, 3, DateTimeOffset.UtcNow, InventoryDriftCause.RejectedUpdate, "The product is frozen."),
            new("SKU-EDITED", "p3", "s3", 50, 12, 12, DateTimeOffset.UtcNow, InventoryDriftCause.EditedOnTikTok, "TikTok accepted 12 from the portal but now shows 50."),
        ];

        public Task<InventoryReconciliation> ReconcileAsync(Guid id, CancellationToken ct = default)
        {
            Reconciled.Add(id);
            return Task.FromResult(new InventoryReconciliation(DateTimeOffset.UtcNow, 40, Drift));
        }

        public Task<InventoryRepushResult> RepushAsync(Guid id, InventoryRepushRequest request, CancellationToken ct = default)
        {
            Repushed.Add(request);
            return Task.FromResult(new InventoryRepushResult(1, $"{request.Skus.Count} SKU(s) in 1 TikTok product(s) are being sent again."));
        }

        public Task<InventoryRulesView> GetRulesAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<InventoryRulesView> SaveRulesAsync(Guid id, InventoryRulesUpdate update, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<InventoryPreviewRow>> PreviewAsync(Guid id, InventoryPreviewRequest request, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<ProductInventory> GetProductInventoryAsync(Guid productId, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
