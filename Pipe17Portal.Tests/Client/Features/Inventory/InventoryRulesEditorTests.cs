using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Inventory;

namespace Pipe17Portal.Tests.Client.Features.Inventory;

public class InventoryRulesEditorTests : PortalComponentTest
{
    [Fact]
    public async Task PreviewSendsTheRulesBeingEditedAndShowsWhatWouldBeSent()
    {
        var api = new FakeInventoryApi();
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryRulesEditor>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        await cut.InvokeAsync(() => cut.Find("input[data-testid=inventory-buffer-units], [data-testid=inventory-buffer-units] input").Change("4"));
        await cut.InvokeAsync(() => cut.Find("input[data-testid=inventory-preview-skus], [data-testid=inventory-preview-skus] input").Change("SKU-1, SKU-2"));
        await cut.InvokeAsync(() => cut.Find("button[data-testid=inventory-preview]").Click());

        cut.WaitForAssertion(() => Assert.Single(api.Previews));
        var request = api.Previews[0];
        Assert.Equal(["SKU-1", "SKU-2"], request.Skus);
        Assert.Equal(4, request.Rules.BufferUnits);
        Assert.Empty(api.Saved); // a preview saves nothing
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=inventory-preview-row]").Count));
        var rows = cut.FindAll("[data-testid=inventory-preview-row]");
        Assert.Equal("16", rows[0].QuerySelector("[data-testid=inventory-preview-would-send]")!.TextContent.Trim());
        Assert.Contains("No stock reported", rows[1].TextContent);
    }

    [Fact]
    public void SavingShowsTheProblemsTheServerFoundAndKeepsTheEdits()
    {
        var api = new FakeInventoryApi { Problem = "The location 'site-store' is chosen twice; each location counts once." };
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryRulesEditor>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        cut.Find("input[data-testid=inventory-buffer-percent], [data-testid=inventory-buffer-percent] input").Change("25");
        cut.Find("button[data-testid=inventory-rules-save]").Click();

        Assert.Equal(25m, Assert.Single(api.Saved).BufferPercent);
        Assert.Contains("chosen twice", cut.Find("[data-testid=inventory-rules-problem]").TextContent);
        Assert.Equal("25", cut.Find("input[data-testid=inventory-buffer-percent], [data-testid=inventory-buffer-percent] input").GetAttribute("value"));
    }

    [Fact]
    public void ASaveOverSomeoneElsesSendsTheVersionReadAndShowsTheConflictInTheSnackbar()
    {
        var api = new FakeInventoryApi
        {
            Refuse = ApiProblemException.Conflict("These settings were changed by someone else since you opened them; reload the page to see their changes, then make yours again."),
        };
        Services.AddSingleton<IInventoryApi>(api);
        var snackbar = Render<MudSnackbarProvider>();
        var cut = Render<InventoryRulesEditor>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, true));

        cut.Find("input[data-testid=inventory-buffer-units], [data-testid=inventory-buffer-units] input").Change("3");
        cut.Find("button[data-testid=inventory-rules-save]").Click();

        Assert.Equal(FakeInventoryApi.ReadVersion, Assert.Single(api.Saved).Version);
        snackbar.WaitForAssertion(() => Assert.Contains("changed by someone else since you opened them", snackbar.Markup));
        Assert.Equal("3", cut.Find("input[data-testid=inventory-buffer-units], [data-testid=inventory-buffer-units] input").GetAttribute("value"));
    }

    [Fact]
    public void AViewerSeesTheRulesButCannotSaveThem()
    {
        var api = new FakeInventoryApi();
        Services.AddSingleton<IInventoryApi>(api);
        var cut = Render<InventoryRulesEditor>(p => p.Add(c => c.ConnectionId, api.Id).Add(c => c.CanManage, false));

        Assert.Empty(cut.FindAll("[data-testid=inventory-rules-save]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=inventory-preview]"));
    }

    private sealed class FakeInventoryApi : IInventoryApi
    {
        public const int ReadVersion = 4;
        public Guid Id { get; } = Guid.NewGuid();
        public string? Problem { get; init; }
        public ApiProblemException? Refuse { get; init; }
        public List<InventoryRulesUpdate> Saved { get; } = [];
        public List<InventoryPreviewRequest> Previews { get; } = [];

        public Task<InventoryRulesView> GetRulesAsync(Guid id, CancellationToken ct = default) =>
            Task.FromResult(new InventoryRulesView(id, [], 0, 0, 0, ["site-store", "site-warehouse"], ReadVersion));

        public Task<InventoryRulesView> SaveRulesAsync(Guid id, InventoryRulesUpdate update, CancellationToken ct = default)
        {
            Saved.Add(update);
            if (Refuse is { } refused)
            {
                throw refused;
            }
            return Problem is { } problem
                ? throw ApiProblemException.Invalid(new Dictionary<string, string[]> { ["rules"] = [problem] })
                : Task.FromResult(new InventoryRulesView(id, update.CountedLocations, update.BufferUnits, update.BufferPercent, update.OutOfStockThreshold, [], ReadVersion + 1));
        }

        public Task<IReadOnlyList<InventoryPreviewRow>> PreviewAsync(Guid id, InventoryPreviewRequest request, CancellationToken ct = default)
        {
            Previews.Add(request);
            var now = DateTimeOffset.UtcNow;
            // 20 in stock less the edited buffer.
            return Task.FromResult<IReadOnlyList<InventoryPreviewRow>>(
            [
                new("SKU-1", true, true, [new("site-warehouse", 20, now)], 20 - request.Rules.BufferUnits, 20, 20),
                new("SKU-2", false, true, [], 0, 0, null),
            ]);
        }

        public Task<InventoryReconciliation> ReconcileAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<InventoryRepushResult> RepushAsync(Guid id, InventoryRepushRequest request, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<ProductInventory> GetProductInventoryAsync(Guid productId, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
