using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipe17Portal.E2E.Pages;

/// <summary>Orders to Salesforce mapping: one row per field of the Salesforce order.</summary>
public sealed class OrderMappingPage(IPage page)
{
    public const string ShippingMethod = "shipments[0].shipping_method.id";
    public const string PaymentInstruments = "payment_instruments";

    public ILocator Row(string target) => page.Locator($"[data-testid='mapping-row'][data-target='{target}']");

    /// <summary>The highlighted "how it is produced" button of a row (e.g. "Lookup table", "Script").</summary>
    public ILocator SelectedKind(string target) => Row(target).Locator("[data-testid^='mapping-kind-'][aria-pressed='true']");

    public ILocator LookupRows(string target) => Row(target).GetByTestId("mapping-lookup-row");

    /// <summary>The delivery options offered for the shipping table; <paramref name="source"/> tiktok, orders or both; mapped or not.</summary>
    public ILocator ShippingOptions(string? source = null, bool? mapped = null) => Row(ShippingMethod).Locator(
        "[data-testid='mapping-seen-option']" + (source is null ? "" : $"[data-source='{source}']") + (mapped is null ? "" : $"[data-mapped='{(mapped.Value ? "true" : "false")}']"));

    public ILocator Script(string target) => Row(target).Locator("textarea[data-testid='mapping-script'], [data-testid='mapping-script'] textarea").First;

    /// <summary>Adds a lookup row: <paramref name="from"/> as on the order, <paramref name="to"/> a Salesforce shipping method id.</summary>
    public async Task AddShippingLookupAsync(string from, string to)
    {
        var row = Row(ShippingMethod);
        var before = await LookupRows(ShippingMethod).CountAsync();
        await row.GetByTestId("mapping-lookup-add").ClickAsync();
        var added = LookupRows(ShippingMethod).Nth(before);
        await added.Locator("input[data-testid='mapping-lookup-from'], [data-testid='mapping-lookup-from'] input").First.FillAsync(from);
        var select = added.GetByRole(AriaRole.Combobox);
        await MudControls.ChooseAsync(select, $"{to} —");
        await Expect(select).ToHaveValueAsync(new Regex($"^{Regex.Escape(to)} —"));
    }

    public Task SaveAsync() => page.GetByTestId("mapping-save").ClickAsync();
}
