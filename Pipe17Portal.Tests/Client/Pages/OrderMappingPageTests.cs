using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;

namespace Pipe17Portal.Tests.Client.Pages;

public class OrderMappingPageTests : PortalComponentTest
{
    private const string ShippingTarget = "shipments[0].shipping_method.id";
    private const string PaymentTarget = "payment_instruments";

    private static readonly OrderSummary Order = new(Guid.NewGuid(), "576000000000000042", Guid.NewGuid(), "TikTok US", OrderStatus.ReadyForFulfillment,
        "AWAITING_SHIPMENT", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 2, 30m, "USD", "Standard shipping");

    private readonly ConnectionSummary connection = Connection(ConnectorKind.SalesforceCommerceCloud, "Cedar SFCC", ConnectionStatus.Connected);
    private readonly FakeOrderPushApi api = new();
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private IRenderedComponent<OrderMappingPage> RenderPage(string? field = null)
    {
        api.Mapping = new OrderMappingView(connection.Id,
            [
                new MappingFieldInfo("customer_info.customer_no", "The customer", "The Generic Customer Number from the connection settings.", false, [], new FieldMapping("customer_info.customer_no", FieldMappingKind.Default)),
                new MappingFieldInfo(ShippingTarget, "Shipping method", "Each delivery option must be mapped to a real SFCC shipping method ID.", true,
                    [FieldMappingKind.Lookup, FieldMappingKind.Constant, FieldMappingKind.Script], new FieldMapping(ShippingTarget, FieldMappingKind.Constant, Constant: "001")),
                new MappingFieldInfo(PaymentTarget, "Payment", "One payment of the order total.", true,
                    [FieldMappingKind.Default, FieldMappingKind.Script], new FieldMapping(PaymentTarget, FieldMappingKind.Default)),
            ],
            [new SourceDocField("shipping.optionName", "string", "Delivery option name"), new SourceDocField("shipping.optionId", "string", "Delivery option id")],
            [new SfccMethodInfo("001", "Ground"), new SfccMethodInfo("002", "Express")],
            [new SfccMethodInfo("TTS", "TikTok Shop")],
            null,
            [new SeenShippingOption("7064", "Standard shipping", 12), new SeenShippingOption("7065", "Express shipping", 3)]);
        Services.AddSingleton<IOrderPushApi>(api);
        Services.AddSingleton<IConnectionsApi>(new FakeConnectionsApi(connection));
        Services.AddSingleton<IOrdersApi>(new FakeOrdersApi(Order));
        if (field is not null)
        {
            RenderInteractively();
        }
        popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        if (field is not null)
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo($"integrations/{connection.Id}/mapping?field={Uri.EscapeDataString(field)}");
        }
        return Render<OrderMappingPage>(p => p.Add(x => x.Id, connection.Id).AddCascadingValue(Workspace(WorkspaceRole.Developer)));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<OrderMappingPage> cut, string target) =>
        cut.FindAll("[data-testid=mapping-row]").Single(r => r.GetAttribute("data-target") == target);

    private async Task ChooseAsync(IRenderedComponent<OrderMappingPage> cut, AngleSharp.Dom.IElement select, string optionText)
    {
        await cut.InvokeAsync(() => select.Closest(".mud-input-control")!.MouseDown());
        await popovers.InvokeAsync(() => popovers.FindAll("[data-testid=mapping-lookup-to-option]").First(o => o.TextContent.Contains(optionText)).Click());
    }

    [Fact]
    public async Task SwitchingTheShippingMethodFromAConstantToALookupAndAddingRowsSendsTheTable()
    {
        var cut = RenderPage();
        Assert.Empty(Row(cut, "customer_info.customer_no").QuerySelectorAll("[data-testid^=mapping-kind-]"));

        await cut.InvokeAsync(() => Row(cut, ShippingTarget).QuerySelector("[data-testid=mapping-kind-Lookup]")!.Click());
        // One row from an option seen on orders, one typed by hand.
        await cut.InvokeAsync(() => Row(cut, ShippingTarget).QuerySelectorAll("[data-testid=mapping-seen-option]").First(c => c.TextContent.Contains("Standard shipping")).Click());
        await cut.InvokeAsync(() => Row(cut, ShippingTarget).QuerySelector("[data-testid=mapping-lookup-add]")!.Click());
        await cut.InvokeAsync(() => Row(cut, ShippingTarget).QuerySelectorAll("input[data-testid=mapping-lookup-from]")[1].Input("Next day"));
        var toSelects = Row(cut, ShippingTarget).QuerySelectorAll("[data-testid=mapping-lookup-to]");
        await ChooseAsync(cut, toSelects[0], "001 — Ground");
        await ChooseAsync(cut, Row(cut, ShippingTarget).QuerySelectorAll("[data-testid=mapping-lookup-to]")[1], "002 — Express");
        await cut.InvokeAsync(() => cut.Find("[data-testid=mapping-save]").Click());

        var field = Assert.Single(Assert.Single(api.SavedMappings).Fields);
        Assert.Equal((ShippingTarget, FieldMappingKind.Lookup, "shipping.optionName"), (field.Target, field.Kind, field.LookupSource));
        Assert.Equal([new LookupRow("Standard shipping", "001"), new LookupRow("Next day", "002")], field.Lookup!);
    }

    [Fact]
    public async Task ACustomAttributeCanBeAddedWithAConstant()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("input[data-testid=mapping-custom-name]").Change("tiktokShop"));
        await cut.InvokeAsync(() => cut.Find("[data-testid=mapping-custom-add]").Click());
        await cut.InvokeAsync(() => Row(cut, "c_tiktokShop").QuerySelector("input[data-testid=mapping-constant]")!.Input("Harbor US"));
        await cut.InvokeAsync(() => cut.Find("[data-testid=mapping-save]").Click());

        var saved = Assert.Single(api.SavedMappings).Fields;
        Assert.Equal(new FieldMapping("c_tiktokShop", FieldMappingKind.Constant, Constant: "Harbor US"), saved.Single(f => f.Target == "c_tiktokShop"));
        Assert.Equal(new FieldMapping(ShippingTarget, FieldMappingKind.Constant, Constant: "001"), saved.Single(f => f.Target == ShippingTarget));
    }

    [Fact]
    public async Task AServerErrorIsShownOnItsRow()
    {
        api.FailSaveMappingWith = ApiProblemException.Invalid(PaymentTarget, "The script does not compile: Unexpected token '}' at line 1.");
        var cut = RenderPage();

        await cut.InvokeAsync(() => Row(cut, PaymentTarget).QuerySelector("[data-testid=mapping-kind-Script]")!.Click());
        await cut.InvokeAsync(() => Row(cut, PaymentTarget).QuerySelector("textarea")!.Input("((sourcedoc) => { })(sourcedoc"));
        await cut.InvokeAsync(() => cut.Find("[data-testid=mapping-save]").Click());

        cut.WaitForAssertion(() => Assert.Contains("does not compile", Row(cut, PaymentTarget).QuerySelector("[data-testid=mapping-row-error]")!.TextContent));
        Assert.Empty(Row(cut, ShippingTarget).QuerySelectorAll("[data-testid=mapping-row-error]"));
    }

    [Fact]
    public async Task PreviewRunsTheUnsavedMappingAndShowsEachProblem()
    {
        api.PreviewResult = new MappingPreview("{\"id\":\"576000000000000042\"}", null,
        [
            new OrderProblemInfo(OrderExceptionType.UnmappedShippingOption, "Delivery option 'Standard shipping' has no Salesforce shipping method.",
                "The shipping method lookup has no row for it.", "Add a row for 'Standard shipping' in the mapping.", $"/integrations/{connection.Id}/mapping?field={Uri.EscapeDataString(ShippingTarget)}"),
        ]);
        var cut = RenderPage();
        await cut.InvokeAsync(() => Row(cut, PaymentTarget).QuerySelector("[data-testid=mapping-kind-Script]")!.Click());
        await cut.InvokeAsync(() => Row(cut, PaymentTarget).QuerySelector("[data-testid=mapping-script-example]")!.Click());

        await cut.InvokeAsync(() => cut.Find("input[data-testid=mapping-preview-order]").Input("5760"));
        popovers.WaitForElement("[data-testid=mapping-preview-order-option]", TimeSpan.FromSeconds(5));
        await popovers.InvokeAsync(() => popovers.Find("[data-testid=mapping-preview-order-option]").Click());
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=mapping-preview-run]").HasAttribute("disabled")));
        await cut.InvokeAsync(() => cut.Find("[data-testid=mapping-preview-run]").Click());

        var request = Assert.Single(api.Previews);
        Assert.Equal(Order.Id, request.OrderId);
        var script = request.Fields!.Single(f => f.Target == PaymentTarget);
        Assert.Equal((PaymentTarget, FieldMappingKind.Script), (script.Target, script.Kind));
        Assert.Contains("'TTS'", script.Script);
        var problem = cut.Find("[data-testid=mapping-preview-problem]");
        Assert.Contains("has no Salesforce shipping method", problem.TextContent);
        Assert.Contains("The shipping method lookup has no row for it.", problem.TextContent);
        Assert.Contains("Add a row for 'Standard shipping'", problem.TextContent);
        Assert.EndsWith("mapping?field=shipments%5B0%5D.shipping_method.id", problem.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void ALinkToAFieldHighlightsItsRow()
    {
        var cut = RenderPage(field: ShippingTarget);

        Assert.Contains("border", Row(cut, ShippingTarget).GetAttribute("style") ?? "");
        Assert.DoesNotContain("border", Row(cut, PaymentTarget).GetAttribute("style") ?? "");
        Assert.Contains(JSInterop.Invocations, i => i.Arguments.Contains("#field-shipments-0--shipping_method-id"));
    }
}
