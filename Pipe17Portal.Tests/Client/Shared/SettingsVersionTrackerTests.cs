using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Fulfillment;
using Pipe17Portal.Client.Features.Inventory;
using Pipe17Portal.Client.Shared;

namespace Pipe17Portal.Tests.Client.Shared;

public class SettingsVersionTrackerTests : PortalComponentTest
{
    private static readonly Guid ConnectionId = Guid.NewGuid();

    [Fact]
    public void OnlyASaveThatMovedTheVersionByOneIsFollowed()
    {
        var tracker = new SettingsVersionTracker();
        tracker.Saved(ConnectionId, 5, 6);
        tracker.Saved(ConnectionId, 6, 7);
        tracker.Saved(ConnectionId, 9, 11); // someone else wrote in between: not this page's alone
        tracker.Saved(ConnectionId, null, 13); // a save without a version proves nothing

        Assert.Equal(7, tracker.Current(ConnectionId, 5));
        Assert.Equal(9, tracker.Current(ConnectionId, 9));
        Assert.Equal(12, tracker.Current(ConnectionId, 12));
        Assert.Equal(5, tracker.Current(Guid.NewGuid(), 5)); // another connection's versions are its own
        Assert.Null(tracker.Current(ConnectionId, null));
    }

    [Fact]
    public void TwoPanelsOfOnePageSaveOneAfterTheOtherButAChangeFromElsewhereIsStillRefused()
    {
        var connection = new FakeConnection();
        Services.AddSingleton<ICarrierMappingApi>(connection);
        Services.AddSingleton<IInventoryApi>(connection);
        var snackbar = Render<MudSnackbarProvider>();
        var tracker = new SettingsVersionTracker();
        var carriers = Render<CarrierMappingEditor>(p => p.Add(c => c.ConnectionId, ConnectionId).Add(c => c.CanManage, true).AddCascadingValue(tracker));
        var rules = Render<InventoryRulesEditor>(p => p.Add(c => c.ConnectionId, ConnectionId).Add(c => c.CanManage, true).AddCascadingValue(tracker));

        carriers.Find("[data-testid=carrier-save] button, button[data-testid=carrier-save]").Click();
        rules.Find("button[data-testid=inventory-rules-save]").Click();

        Assert.Equal([FakeConnection.Opened, FakeConnection.Opened + 1], connection.Sent);
        Assert.Equal(FakeConnection.Opened + 2, connection.Version);
        Assert.DoesNotContain("someone else", snackbar.Markup);

        connection.Version++; // another member saves
        carriers.Find("[data-testid=carrier-save] button, button[data-testid=carrier-save]").Click();
        snackbar.WaitForAssertion(() => Assert.Contains("changed by someone else since you opened them", snackbar.Markup));
    }

    /// <summary>One connection behind both panels, refusing a stale version as the server does.</summary>
    private sealed class FakeConnection : ICarrierMappingApi, IInventoryApi
    {
        public const int Opened = 7;
        public int Version { get; set; } = Opened;
        public List<int?> Sent { get; } = [];

        private int Save(int? sent)
        {
            Sent.Add(sent);
            if (sent is { } read && read != Version)
            {
                throw ApiProblemException.Conflict("These settings were changed by someone else since you opened them; reload the page to see their changes, then make yours again.");
            }
            return ++Version;
        }

        public Task<CarrierMappingView> GetAsync(Guid id, CancellationToken ct = default) =>
            Task.FromResult(new CarrierMappingView(id, [new CarrierMappingRow("UPS", "P-UPS", "UPS")], [new ShippingProviderChoice("P-UPS", "UPS", [])], [], null, Version));

        public async Task<CarrierMappingView> SaveAsync(Guid id, CarrierMappingUpdate update, CancellationToken ct = default)
        {
            var now = Save(update.Version);
            return await GetAsync(id, ct) with { Rows = update.Rows, Version = now };
        }

        public Task<InventoryRulesView> GetRulesAsync(Guid id, CancellationToken ct = default) =>
            Task.FromResult(new InventoryRulesView(id, [], 0, 0, 0, [], Version));

        public Task<InventoryRulesView> SaveRulesAsync(Guid id, InventoryRulesUpdate update, CancellationToken ct = default)
        {
            var now = Save(update.Version);
            return Task.FromResult(new InventoryRulesView(id, update.CountedLocations, update.BufferUnits, update.BufferPercent, update.OutOfStockThreshold, [], now));
        }

        public Task<IReadOnlyList<InventoryPreviewRow>> PreviewAsync(Guid id, InventoryPreviewRequest request, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<InventoryReconciliation> ReconcileAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<InventoryRepushResult> RepushAsync(Guid id, InventoryRepushRequest request, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<ProductInventory> GetProductInventoryAsync(Guid productId, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
