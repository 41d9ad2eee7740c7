using System.Net;
using System.Text;
using System.Text.Json;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi.Data;

/// <summary>Customers: OCAPI Data create and search (company name included), and the control API's lists and deletes.</summary>
public class SfccCustomerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static void AssertFault(Reply reply, HttpStatusCode status, string type)
    {
        Assert.True(reply.Status == status, reply.ToString());
        Assert.Equal("25.6", reply.Body.GetProperty("_v").GetString());
        Assert.Equal(type, reply.Body.GetProperty("fault").GetProperty("type").GetString());
    }

    private static Task<Reply> SearchAsync(TestInstance sfcc, string token, object query) =>
        sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customer_search", new { query }, token);

    private static List<string> Numbers(Reply search) =>
        [.. search.Body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("data").GetProperty("customer_no").GetString()!)];

    private static async Task<Reply> ControlAsync(TestInstance sfcc, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, sfcc.Control + path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        return await Reply.ReadAsync(await sfcc.Http.SendAsync(request));
    }

    [Fact]
    public async Task ACreatedCustomerGetsANumberAndIsFoundByCompanyAndEmail()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");

        var created = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers", new
        {
            credentials = new { login = "orders@acme-outdoor.example" },
            email = "orders@acme-outdoor.example",
            first_name = "Avery",
            last_name = "Stone",
            company_name = "Acme Outdoor Supply",
        }, token);

        Assert.True(created.Status == HttpStatusCode.OK, created.ToString());
        Assert.Equal("25.6", created.Text("_v"));
        Assert.Equal("customer", created.Text("_type"));
        var number = created.Text("customer_no");
        Assert.Equal("00001004", number); // after the three seeded customers
        Assert.Equal("Acme Outdoor Supply", created.Text("company_name"));
        Assert.Equal("orders@acme-outdoor.example", created.Body.GetProperty("credentials").GetProperty("login").GetString());
        Assert.False(string.IsNullOrEmpty(created.Text("customer_id")));

        var read = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers/{number}", token: token);
        var byCompany = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "company_name" }, @operator = "is", values = new[] { "acme outdoor supply" } } });
        var byCompanyWord = await SearchAsync(sfcc, token, new { text_query = new { fields = new[] { "company_name" }, search_phrase = "Acme" } });
        var partialWord = await SearchAsync(sfcc, token, new { text_query = new { fields = new[] { "company_name" }, search_phrase = "Acm" } });
        var byEmail = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "email" }, @operator = "is", values = new[] { "orders@acme-outdoor.example" } } });
        var byEmailText = await SearchAsync(sfcc, token, new { text_query = new { fields = new[] { "email", "company_name" }, search_phrase = "orders@acme-outdoor.example" } });
        var byLogin = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "credentials.login" }, @operator = "one_of", values = new[] { "x@y.z", "orders@acme-outdoor.example" } } });
        var otherCompany = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "company_name" }, @operator = "is", values = new[] { "Acme" } } });
        var seeded = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "last_name" }, @operator = "is", values = new[] { "Kim" } } });
        var badField = await SearchAsync(sfcc, token, new { term_query = new { fields = new[] { "shoe_size" }, @operator = "is", values = new[] { "9" } } });
        var scapi = await ScapiCustomerAsync(sfcc, number);

        Assert.Equal("Acme Outdoor Supply", read.Text("company_name"));
        Assert.Equal([number], Numbers(byCompany));
        Assert.Equal("Acme Outdoor Supply", byCompany.Body.GetProperty("hits")[0].GetProperty("data").GetProperty("company_name").GetString());
        Assert.Equal([number], Numbers(byCompanyWord));
        Assert.Empty(Numbers(partialWord));
        Assert.Equal([number], Numbers(byEmail));
        Assert.Equal([number], Numbers(byEmailText));
        Assert.Equal([number], Numbers(byLogin));
        Assert.Empty(Numbers(otherCompany));
        Assert.Equal(["00001002"], Numbers(seeded));
        Assert.False(seeded.Body.GetProperty("hits")[0].GetProperty("data").TryGetProperty("company_name", out _));
        AssertFault(badField, HttpStatusCode.BadRequest, "InvalidSearchQueryException");
        Assert.Equal("Acme Outdoor Supply", scapi.Text("companyName"));
    }

    [Fact]
    public async Task LoginIsRequiredAndUniqueAndLastNameAndEmailAreMandatory()
    {
        var sfcc = await TestInstance.CreateAsync(factory);
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var url = $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers";

        var first = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "buyer-1" }, email = "b1@example.com", last_name = "One" }, token);
        var sameLogin = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "BUYER-1" }, email = "other@example.com", last_name = "Two" }, token);
        var seededLogin = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "ava.martinez@example.com" }, email = "x@example.com", last_name = "Three" }, token);
        var noCredentials = await sfcc.OcapiAsync(HttpMethod.Post, url, new { email = "c@example.com", last_name = "Four" }, token);
        var noLogin = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { enabled = true }, email = "d@example.com", last_name = "Five" }, token);
        var spacedLogin = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "two words" }, email = "e@example.com", last_name = "Six" }, token);
        var noLastName = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "buyer-7" }, email = "f@example.com" }, token);
        var noEmail = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "buyer-8" }, last_name = "Eight" }, token);
        var unknownProperty = await sfcc.OcapiAsync(HttpMethod.Post, url, new { credentials = new { login = "buyer-9" }, email = "g@example.com", last_name = "Nine", shoe_size = 9 }, token);
        var otherList = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Data}/customer_lists/RefArch/customers", new { credentials = new { login = "buyer-10" }, email = "h@example.com", last_name = "Ten" }, token);
        var count = await SearchAsync(sfcc, token, new { match_all_query = new { } });

        Assert.True(first.Status == HttpStatusCode.OK, first.ToString());
        Assert.False(first.Body.TryGetProperty("company_name", out _));
        AssertFault(sameLogin, HttpStatusCode.BadRequest, "LoginAlreadyInUseException");
        AssertFault(seededLogin, HttpStatusCode.BadRequest, "LoginAlreadyInUseException");
        AssertFault(noCredentials, HttpStatusCode.BadRequest, "CredentialsMissingException");
        AssertFault(noLogin, HttpStatusCode.BadRequest, "LoginMissingException");
        AssertFault(spacedLogin, HttpStatusCode.BadRequest, "InvalidLoginException");
        AssertFault(noLastName, HttpStatusCode.BadRequest, "MissingPropertyException");
        AssertFault(noEmail, HttpStatusCode.BadRequest, "MissingPropertyException");
        AssertFault(unknownProperty, HttpStatusCode.BadRequest, "UnknownPropertyException");
        AssertFault(otherList, HttpStatusCode.NotFound, "CustomerListNotFoundException");
        Assert.Equal(4, count.Body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheControlApiListsAndDeletesCustomersAndMethods()
    {
        var sfcc = await TestInstance.CreateAsync(factory);

        var generic = await ControlAsync(sfcc, HttpMethod.Post, "/customers", new { email = "tiktok@merchant.example", first_name = "TikTok", last_name = "Shop", company_name = "TikTok Shop" });
        var duplicate = await ControlAsync(sfcc, HttpMethod.Post, "/customers", new { email = "TikTok@merchant.example" });
        var tts = await ControlAsync(sfcc, HttpMethod.Post, "/payment-methods", new { id = "TTS", name = "TikTok Shop" });
        var customers = await ControlAsync(sfcc, HttpMethod.Get, "/customers");
        var payments = await ControlAsync(sfcc, HttpMethod.Get, "/payment-methods");
        var shipping = await ControlAsync(sfcc, HttpMethod.Get, "/shipping-methods");

        Assert.Equal(HttpStatusCode.Created, generic.Status);
        Assert.Equal("TikTok Shop", generic.Text("company_name"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.Created, tts.Status);
        Assert.Equal(["00001001", "00001002", "00001003", generic.Text("customer_no")],
            customers.Body.EnumerateArray().Select(c => c.GetProperty("customer_no").GetString()!));
        Assert.Equal("TikTok Shop", customers.Body[3].GetProperty("company_name").GetString());
        Assert.Equal("tiktok@merchant.example", customers.Body[3].GetProperty("email").GetString());
        Assert.Equal(["CREDIT_CARD", "GIFT_CERTIFICATE", "PayPal", "TTS"], payments.Body.EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
        Assert.Equal(["001", "002", "003"], shipping.Body.EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
        Assert.Equal(5.99m, shipping.Body[0].GetProperty("cost").GetDecimal());
        Assert.Equal("Ground", shipping.Body[0].GetProperty("name").GetString());

        var deletedTts = await ControlAsync(sfcc, HttpMethod.Delete, "/payment-methods/TTS");
        var deletedCustomer = await ControlAsync(sfcc, HttpMethod.Delete, $"/customers/{generic.Text("customer_no")}");
        var againTts = await ControlAsync(sfcc, HttpMethod.Delete, "/payment-methods/TTS");
        var againCustomer = await ControlAsync(sfcc, HttpMethod.Delete, $"/customers/{generic.Text("customer_no")}");
        var deletedShipping = await ControlAsync(sfcc, HttpMethod.Delete, "/shipping-methods/003");
        var wrongAccount = await Reply.ReadAsync(await sfcc.Http.DeleteAsync($"/sandbox/_control/accounts/{Guid.NewGuid()}/sfcc/payment-methods/TTS"));

        Assert.Equal(HttpStatusCode.NoContent, deletedTts.Status);
        Assert.Equal(HttpStatusCode.NoContent, deletedCustomer.Status);
        Assert.Equal(HttpStatusCode.NotFound, againTts.Status);
        Assert.Equal(HttpStatusCode.NotFound, againCustomer.Status);
        Assert.Equal(HttpStatusCode.NoContent, deletedShipping.Status);
        Assert.Equal(HttpStatusCode.NotFound, wrongAccount.Status);
        Assert.DoesNotContain("TTS", (await ControlAsync(sfcc, HttpMethod.Get, "/payment-methods")).Body.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(3, (await ControlAsync(sfcc, HttpMethod.Get, "/customers")).Body.GetArrayLength());

        // What the merchant removed is gone for the APIs too.
        var token = (await sfcc.BmTokenAsync()).Text("access_token");
        var payment = await sfcc.OcapiAsync(HttpMethod.Post, $"{sfcc.Shop}/baskets", new { payment_instruments = new[] { new { payment_method_id = "TTS", amount = 1 } } }, token);
        var customer = await sfcc.OcapiAsync(HttpMethod.Get, $"{sfcc.Data}/customer_lists/{sfcc.SiteId}/customers/{generic.Text("customer_no")}", token: token);
        Assert.Equal("InvalidPaymentMethodIdException", payment.Body.GetProperty("fault").GetProperty("type").GetString());
        Assert.Equal("CustomerNotFoundException", customer.Body.GetProperty("fault").GetProperty("type").GetString());
    }

    private static async Task<Reply> ScapiCustomerAsync(TestInstance sfcc, string customerNo)
    {
        var token = (await sfcc.AmTokenAsync(sfcc.B2cClientId, sfcc.B2cSecret, $"SALESFORCE_COMMERCE_API:{sfcc.Tenant} sfcc.customerlists.rw")).Text("access_token");
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{TestInstance.Scapi}/customer/customers/v1/organizations/{sfcc.OrganizationId}/customer-lists/{sfcc.SiteId}/customers/{customerNo}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await Reply.ReadAsync(await sfcc.Http.SendAsync(request));
    }
}
