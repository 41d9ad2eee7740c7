using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;
using Pipe17Portal.Tests.Client;

namespace Pipe17Portal.Tests.Sandbox;

public class BusinessManagerPageTests : PortalComponentTest
{
    private readonly FakeBusinessManagerApi api = new();
    private IRenderedComponent<MudSnackbarProvider> snackbars = default!;

    private IRenderedComponent<BusinessManager> RenderPage()
    {
        Services.AddSingleton<IBusinessManagerApi>(api);
        Render<MudPopoverProvider>();
        snackbars = Render<MudSnackbarProvider>();
        return Render<BusinessManager>();
    }

    [Fact]
    public void ListsCustomersWithTheirCompanyAndTheMethods()
    {
        var cut = RenderPage();

        var customers = cut.FindAll("[data-testid=bm-customer-row]");
        Assert.Equal(2, customers.Count);
        Assert.Contains("00001001", customers[0].TextContent);
        Assert.Contains("Ava Martinez", customers[0].TextContent);
        Assert.Contains("ava.martinez@example.com", customers[0].TextContent);
        Assert.Contains("TikTok Shop", customers[1].TextContent);
        Assert.Equal(["CREDIT_CARD", "TTS"], cut.FindAll("[data-testid=bm-payment-method-row] code").Select(c => c.TextContent));
        var shipping = Assert.Single(cut.FindAll("[data-testid=bm-shipping-method-row]"));
        Assert.Contains("Ground", shipping.TextContent);
        Assert.Contains("5.99", shipping.TextContent);
    }

    [Fact]
    public async Task ShowsEachClientsStep1SettingsAndTheOrderAttributesWhichCanBeRemoved()
    {
        var cut = RenderPage();

        var setup = cut.Find("[data-testid=bm-client-setup]").TextContent;
        Assert.Contains("client_secret_post", setup);
        Assert.Contains("JWT", setup);
        Assert.Contains("mail roles tenantFilter profile openId", setup);
        Assert.Equal(["c_tiktokOrderId"], cut.FindAll("[data-testid=bm-order-attribute]").Select(c => c.TextContent.Trim()));

        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-order-attribute] button").Click());

        await cut.WaitForAssertionAsync(() => Assert.Empty(cut.FindAll("[data-testid=bm-order-attribute]")), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task DeletesAPaymentMethodAndACustomerAndListsAgain()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=bm-payment-delete]")[1].Click());
        await cut.InvokeAsync(() => cut.FindAll("[data-testid=bm-customer-delete]")[1].Click());

        Assert.Equal(["TTS"], api.DeletedMethods);
        Assert.Equal(["00001004"], api.DeletedCustomers);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["CREDIT_CARD"], cut.FindAll("[data-testid=bm-payment-method-row] code").Select(c => c.TextContent));
            Assert.Single(cut.FindAll("[data-testid=bm-customer-row]"));
        });
    }

    [Fact]
    public async Task DeletesAProductFromTheCatalogAndSaysWhatWentWithIt()
    {
        var cut = RenderPage();
        Assert.True(cut.Find("button[data-testid=bm-product-delete]").HasAttribute("disabled")); // nothing to delete yet

        cut.Find("input[data-testid=bm-product-id], [data-testid=bm-product-id] input").Change(" TEE-CLASSIC ");
        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-product-delete]").Click());

        Assert.Equal(["TEE-CLASSIC"], api.DeletedProducts);
        snackbars.WaitForAssertion(() => Assert.Contains("Deleted TEE-CLASSIC, TEE-CLASSIC-BLK-M from the catalog", snackbars.Markup));
    }

    [Fact]
    public async Task CreatesACustomerWithACompany()
    {
        var cut = RenderPage();

        cut.Find("input[data-testid=bm-customer-email], [data-testid=bm-customer-email] input").Change("buyers@northwind.example");
        cut.Find("input[data-testid=bm-customer-company], [data-testid=bm-customer-company] input").Change("Northwind Traders");
        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-customer-create]").Click());

        var created = Assert.Single(api.CreatedCustomers);
        Assert.Equal("buyers@northwind.example", created.Email);
        Assert.Equal("Northwind Traders", created.CompanyName);
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=bm-customer-row]").Count));
    }

    [Fact]
    public async Task DisablesAClientThenEnablesItAgain()
    {
        var cut = RenderPage();
        Assert.Empty(cut.FindAll("[data-testid=bm-client-disabled]"));
        Assert.Equal("Disable", cut.Find("[data-testid=bm-client-toggle]").TextContent.Trim());

        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-client-toggle]").Click());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=bm-client-disabled]")));
        Assert.Equal("Enable", cut.Find("[data-testid=bm-client-toggle]").TextContent.Trim());
        snackbars.WaitForAssertion(() => Assert.Contains("Account Manager refuses its tokens", snackbars.Markup));

        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-client-toggle]").Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=bm-client-disabled]")));
        Assert.Equal([("b2c-client-0001", true), ("b2c-client-0001", false)], api.DisabledChanges);
    }

    [Fact]
    public async Task ChangesAClientsPasswordAndSaysTheStoredOneStopsWorking()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-client-password]").Click());

        Assert.Equal(["b2c-client-0001"], api.PasswordChanges);
        snackbars.WaitForAssertion(() => Assert.Contains("the one the portal stored no longer works", snackbars.Markup));
    }

    [Fact]
    public async Task ListsTheOcapiResourcesAndRemovesOne()
    {
        var cut = RenderPage();
        Assert.Equal(2, cut.FindAll("[data-testid=bm-ocapi-resource]").Count);

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=bm-ocapi-remove]")[0].Click());

        Assert.Equal([new BmOcapiResourceRemoval("shop", "/baskets")], api.RemovedResources);
        cut.WaitForAssertion(() => Assert.Contains("/sites/*", Assert.Single(cut.FindAll("[data-testid=bm-ocapi-resource]")).TextContent));

        await cut.InvokeAsync(() => cut.Find("[data-testid=bm-ocapi-remove]").Click());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=bm-ocapi-none]")));
    }

    private sealed class FakeBusinessManagerApi : IBusinessManagerApi
    {
        private readonly List<BmCustomer> customers =
        [
            new("00001001", "ava.martinez@example.com", "Ava", "Martinez", null),
            new("00001004", "tiktok@merchant.example", "TikTok", "Orders", "TikTok Shop"),
        ];
        private readonly List<BmMethod> payments = [new("CREDIT_CARD", "Credit Card", null), new("TTS", "TikTok Shop", null)];

        public List<string> DeletedMethods { get; } = [];
        public List<string> DeletedCustomers { get; } = [];
        public List<BmCustomerCreate> CreatedCustomers { get; } = [];

        private readonly List<BmApiClient> clients =
            [new("b2c-client-0001", "b2c", "SALESFORCE_COMMERCE_API", ["sfcc.products.rw"], false, ["mail", "roles", "tenantFilter", "profile", "openId"], "client_secret_post", "JWT")];
        private List<string> orderAttributes = ["tiktokOrderId"];
        public List<BmTaxUpdate> TaxChanges { get; } = [];
        private readonly List<BmOcapiResource> resources = [new("shop", "/baskets", ["post"]), new("data", "/sites/*", ["get"])];

        public List<(string ClientId, bool Disabled)> DisabledChanges { get; } = [];
        public List<string> PasswordChanges { get; } = [];
        public List<BmOcapiResourceRemoval> RemovedResources { get; } = [];

        public Task<BmInstance> GetInstanceAsync(CancellationToken ct = default) =>
            Task.FromResult(new BmInstance(true, "f_ecom_zzte_053", "Sandbox", "bm.user@example.com", ["Administrator"], [.. clients], [.. resources],
                [.. orderAttributes], TaxChanges.LastOrDefault()?.TaxRate ?? 0m, TaxChanges.LastOrDefault()?.Taxation ?? "net"));

        public Task<BmInstance> SetOrderAttributesAsync(BmOrderAttributesUpdate update, CancellationToken ct = default)
        {
            orderAttributes = [.. update.Attributes];
            return GetInstanceAsync(ct);
        }

        public Task<BmInstance> SetTaxAsync(BmTaxUpdate update, CancellationToken ct = default)
        {
            TaxChanges.Add(update);
            return GetInstanceAsync(ct);
        }

        public Task<BmInstance> SetClientDisabledAsync(string clientId, BmClientDisabledUpdate update, CancellationToken ct = default)
        {
            DisabledChanges.Add((clientId, update.Disabled));
            var i = clients.FindIndex(c => c.ClientId == clientId);
            clients[i] = clients[i] with { Disabled = update.Disabled };
            return GetInstanceAsync(ct);
        }

        public Task<BmInstance> ChangeClientPasswordAsync(string clientId, CancellationToken ct = default)
        {
            PasswordChanges.Add(clientId);
            return GetInstanceAsync(ct);
        }

        public Task<BmInstance> RemoveOcapiResourceAsync(BmOcapiResourceRemoval removal, CancellationToken ct = default)
        {
            RemovedResources.Add(removal);
            resources.RemoveAll(r => r.Api == removal.Api && r.ResourceId == removal.ResourceId);
            return GetInstanceAsync(ct);
        }

        public Task<IReadOnlyList<BmOrder>> ListOrdersAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<BmOrder>>([]);

        public Task<IReadOnlyList<BmMethod>> ListPaymentMethodsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<BmMethod>>([.. payments]);

        public Task<IReadOnlyList<BmMethod>> ListShippingMethodsAsync(CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<BmMethod>>([new("001", "Ground", 5.99m)]);

        public Task<IReadOnlyList<BmCustomer>> ListCustomersAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<BmCustomer>>([.. customers]);

        public Task DeletePaymentMethodAsync(string methodId, CancellationToken ct = default)
        {
            DeletedMethods.Add(methodId);
            payments.RemoveAll(m => m.Id == methodId);
            return Task.CompletedTask;
        }

        public Task DeleteCustomerAsync(string customerNo, CancellationToken ct = default)
        {
            DeletedCustomers.Add(customerNo);
            customers.RemoveAll(c => c.CustomerNo == customerNo);
            return Task.CompletedTask;
        }

        public Task CreateCustomerAsync(BmCustomerCreate customer, CancellationToken ct = default)
        {
            CreatedCustomers.Add(customer);
            customers.Add(new BmCustomer("00001005", customer.Email, "TikTok", "Customer", customer.CompanyName));
            return Task.CompletedTask;
        }

        public Task<BmInstance> SetScopesAsync(string clientId, BmScopesUpdate update, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<BmInstance> SetRolesAsync(BmRolesUpdate update, CancellationToken ct = default) => throw new NotSupportedException();

        public Task CreatePaymentMethodAsync(BmMethodCreate method, CancellationToken ct = default) => throw new NotSupportedException();

        public Task CreateShippingMethodAsync(BmMethodCreate method, CancellationToken ct = default) => throw new NotSupportedException();

        public Task ShipOrderAsync(string orderNo, BmShipRequest request, CancellationToken ct = default) => throw new NotSupportedException();

        public Task SetInventoryAsync(string sku, BmInventoryUpdate update, CancellationToken ct = default) => throw new NotSupportedException();

        public List<string> DeletedProducts { get; } = [];

        public Task<BmDeletedProducts> DeleteProductAsync(string productId, CancellationToken ct = default)
        {
            DeletedProducts.Add(productId);
            return Task.FromResult(new BmDeletedProducts([productId, $"{productId}-BLK-M"]));
        }
    }
}
