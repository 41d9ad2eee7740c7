using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush;

/// <summary>Every customer matching strategy of setup guide Step 4, against the sandbox SFCC's customer list.</summary>
public class CustomerMatchingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Generic = "GENERIC";

    [Fact]
    public async Task EveryStrategyMatchesCreatesFallsBackOrRefusesAsItsNameSays()
    {
        var sandbox = await OrderPushSandbox.CreateAsync(factory, push: false);
        var known = (await sandbox.ControlAsync(HttpMethod.Post, "/customers", new { email = "ann@buyer.example", first_name = "Ann", last_name = "Lee" }))!["customer_no"]!.GetValue<string>();
        var company = (await sandbox.ControlAsync(HttpMethod.Post, "/customers", new { email = "buyer@acme.example", company_name = "Acme Corp", last_name = "Buyer" }))!["customer_no"]!.GetValue<string>();
        var (client, connectionId) = await ClientAsync(sandbox.SfccId);
        var matcher = new SfccCustomerMatcher();
        Task<CustomerChoice> Choose(CustomerMatchingStrategy strategy, string? email, string? companyName, string generic = Generic) =>
            matcher.ChooseAsync(client, connectionId, strategy, generic, new BuyerIdentity(email, companyName, "Pat", "Doe", "Web shop"), CancellationToken.None);

        // Generic for all
        Assert.Equal(Generic, (await Choose(CustomerMatchingStrategy.GenericForAll, "ann@buyer.example", null)).CustomerNo);
        Assert.Equal(OrderExceptionType.CustomerNotConfigured, (await Choose(CustomerMatchingStrategy.GenericForAll, null, null, generic: "")).Problem!.Type);

        // Email, create if missing
        Assert.Equal(known, (await Choose(CustomerMatchingStrategy.EmailCreateIfMissing, "ann@buyer.example", null)).CustomerNo);
        var create = await Choose(CustomerMatchingStrategy.EmailCreateIfMissing, "new@buyer.example", null);
        Assert.Equal(("new@buyer.example", "new@buyer.example", "Doe"), (create.ToCreate!.Login, create.ToCreate.Email, create.ToCreate.LastName));
        Assert.Equal(OrderExceptionType.CustomerStrategyUnsupported, (await Choose(CustomerMatchingStrategy.EmailCreateIfMissing, null, "Acme Corp")).Problem!.Type);

        // Email, generic if missing
        Assert.Equal(known, (await Choose(CustomerMatchingStrategy.EmailGenericIfMissing, "ann@buyer.example", null)).CustomerNo);
        Assert.Equal(Generic, (await Choose(CustomerMatchingStrategy.EmailGenericIfMissing, "nobody@buyer.example", null)).CustomerNo);

        // Company, create if missing
        Assert.Equal(company, (await Choose(CustomerMatchingStrategy.CompanyCreateIfMissing, null, "Acme Corp")).CustomerNo);
        var newCompany = await Choose(CustomerMatchingStrategy.CompanyCreateIfMissing, null, "Globex Ltd");
        Assert.Equal(("company-globex-ltd", "Globex Ltd"), (newCompany.ToCreate!.Login, newCompany.ToCreate.Company));
        Assert.Equal(OrderExceptionType.CustomerStrategyUnsupported, (await Choose(CustomerMatchingStrategy.CompanyCreateIfMissing, "ann@buyer.example", null)).Problem!.Type);

        // Company, generic if missing
        Assert.Equal(company, (await Choose(CustomerMatchingStrategy.CompanyGenericIfMissing, null, "Acme Corp")).CustomerNo);
        Assert.Equal(Generic, (await Choose(CustomerMatchingStrategy.CompanyGenericIfMissing, null, "Initech")).CustomerNo);

        // Company then email, generic fallback
        Assert.Equal(company, (await Choose(CustomerMatchingStrategy.CompanyThenEmailGenericFallback, "ann@buyer.example", "Acme Corp")).CustomerNo);
        Assert.Equal(known, (await Choose(CustomerMatchingStrategy.CompanyThenEmailGenericFallback, "ann@buyer.example", "Initech")).CustomerNo);
        Assert.Equal(Generic, (await Choose(CustomerMatchingStrategy.CompanyThenEmailGenericFallback, "nobody@buyer.example", "Initech")).CustomerNo);
        Assert.Equal(OrderExceptionType.CustomerStrategyUnsupported, (await Choose(CustomerMatchingStrategy.CompanyThenEmailGenericFallback, null, null)).Problem!.Type);

        // What "create" hands to SFCC is a customer SFCC accepts and then finds by email.
        var created = await client.Data.CreateCustomerAsync(new OcapiCustomerCreate
        {
            Credentials = new OcapiCustomerCredentials { Login = create.ToCreate.Login },
            Email = create.ToCreate.Email,
            FirstName = create.ToCreate.FirstName,
            LastName = create.ToCreate.LastName,
        });
        Assert.True(created.IsSuccess, created.ToString());
        Assert.Equal(created.Data!.CustomerNo, (await Choose(CustomerMatchingStrategy.EmailCreateIfMissing, "new@buyer.example", null)).CustomerNo);
    }

    private Task<(SfccClient, Guid)> ClientAsync(Guid connectionId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId);
        var context = await s.GetRequiredService<SfccLink>().ContextAsync(db, connection, SfccConnectionSettings.Read(connection.SettingsJson), CancellationToken.None);
        return (s.GetRequiredService<SfccClientFactory>().For(context), connectionId);
    });
}
