using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Fulfillment;

namespace Pipe17Portal.Tests.Client.Features.Fulfillment;

public class CarrierMappingEditorTests : PortalComponentTest
{
    private static readonly CarrierMappingView View = new(Guid.NewGuid(),
        [new CarrierMappingRow("UPS", "P-UPS", "UPS")],
        [new ShippingProviderChoice("P-UPS", "UPS", ["Seller shipping"]), new ShippingProviderChoice("P-FEDEX", "FedEx", ["Seller shipping"])],
        ["UPS", "FedEx"], null, Version: 7);

    private const string StaleMessage = "These settings were changed by someone else since you opened them; reload the page to see their changes, then make yours again.";

    [Fact]
    public void TheDraftOffersCarriersSeenOnFulfillmentsThatHaveNoRow()
    {
        var draft = new CarrierMappingDraft(View);
        Assert.Equal(["FedEx"], draft.Unmapped);

        draft.Add("FedEx");
        Assert.Empty(draft.Unmapped);
        Assert.Equal("FedEx", draft.Rows[1].SfccCarrier);
    }

    [Fact]
    public void TheDraftNamesBlankAndDuplicateRowsBeforeSaving()
    {
        var draft = new CarrierMappingDraft(View);
        draft.Add(" ups ");
        draft.Rows[1].ProviderId = "P-FEDEX";
        draft.Add();

        var errors = draft.Check();

        Assert.Contains("already mapped", errors["rows[1].sfccCarrier"][0]);
        Assert.Contains("Row 3", errors["rows[2].sfccCarrier"][0]);
        Assert.Contains("choose the TikTok shipping provider", errors["rows[2].providerId"][0]);
        Assert.False(errors.ContainsKey("rows[0].sfccCarrier"));
    }

    [Fact]
    public void ARowWithoutProviderIsNotSentAndOnceRemovedTheRestIsSavedWithProviderNames()
    {
        var api = new RecordingApi(View);
        Services.AddSingleton<ICarrierMappingApi>(api);
        var cut = Render<CarrierMappingEditor>(p => p.Add(c => c.ConnectionId, View.ConnectionId).Add(c => c.CanManage, true));

        Assert.Single(cut.FindAll("[data-testid=carrier-row]"));
        Assert.Contains("'FedEx'", cut.Find("[data-testid=carrier-unmapped]").TextContent);
        cut.Find("[data-testid=carrier-add-seen] button, button[data-testid=carrier-add-seen]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=carrier-row]").Count);

        // The new row has no provider yet: nothing is sent.
        cut.Find("[data-testid=carrier-save] button, button[data-testid=carrier-save]").Click();
        Assert.Empty(api.Saved);
        Assert.Contains("choose the TikTok shipping provider", cut.Markup);

        cut.FindAll("[data-testid=carrier-remove] button, button[data-testid=carrier-remove]")[1].Click();
        cut.Find("[data-testid=carrier-save] button, button[data-testid=carrier-save]").Click();
        var saved = Assert.Single(api.Saved);
        Assert.Equal([new CarrierMappingRow("UPS", "P-UPS", "UPS")], saved.Rows);
    }

    [Fact]
    public void WhenTikTokCannotBeReadTheReasonShowsAndTheRowsStay()
    {
        Services.AddSingleton<ICarrierMappingApi>(new RecordingApi(View with { Providers = [], ProvidersError = "the TikTok connection is not connected." }));
        var cut = Render<CarrierMappingEditor>(p => p.Add(c => c.ConnectionId, View.ConnectionId));

        Assert.Contains("not connected", cut.Find("[data-testid=carrier-providers-error]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=carrier-row]"));
        Assert.Empty(cut.FindAll("[data-testid=carrier-save]"));
    }

    [Fact]
    public void ASaveOverSomeoneElsesSendsTheVersionReadAndShowsTheConflictInTheSnackbar()
    {
        var api = new RecordingApi(View) { Refuse = ApiProblemException.Conflict(StaleMessage) };
        Services.AddSingleton<ICarrierMappingApi>(api);
        var snackbar = Render<MudSnackbarProvider>();
        var cut = Render<CarrierMappingEditor>(p => p.Add(c => c.ConnectionId, View.ConnectionId).Add(c => c.CanManage, true));

        cut.Find("[data-testid=carrier-save] button, button[data-testid=carrier-save]").Click();

        Assert.Equal(7, Assert.Single(api.Saved).Version);
        snackbar.WaitForAssertion(() => Assert.Contains("changed by someone else since you opened them", snackbar.Markup));
        Assert.Single(cut.FindAll("[data-testid=carrier-row]")); // the edits stay for the merchant to compare after reloading
    }

    private sealed class RecordingApi(CarrierMappingView view) : ICarrierMappingApi
    {
        public List<CarrierMappingUpdate> Saved { get; } = [];
        public ApiProblemException? Refuse { get; init; }

        public Task<CarrierMappingView> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(view);

        public Task<CarrierMappingView> SaveAsync(Guid id, CarrierMappingUpdate update, CancellationToken ct = default)
        {
            Saved.Add(update);
            return Refuse is { } refused ? Task.FromException<CarrierMappingView>(refused) : Task.FromResult(view with { Rows = update.Rows, Version = view.Version + 1 });
        }
    }
}
