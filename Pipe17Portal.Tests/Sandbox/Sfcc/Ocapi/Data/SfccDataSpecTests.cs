using System.Text.Json;
using System.Text.RegularExpressions;
using Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;
using Pipe17Portal.Sandbox.Sfcc.State;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox.Sfcc.Ocapi.Data;

/// <summary>
/// The emulator's OCAPI Data resources against the official OpenAPI file (a copy of shared/specs/sfcc/ocapi-data-api-v25_6.json
/// in Pipe17Portal.Tests/Fixtures/Sfcc): every served path and method exists, and the customer document uses the spec's property names.
/// </summary>
public partial class SfccDataSpecTests
{
    private static readonly Lazy<JsonElement> Spec = new(() => Fixtures.Json("Sfcc/ocapi-data-api-v25_6.json"));

    [Fact]
    public void EveryServedDataPathAndMethodExistsInTheOfficialSpec()
    {
        // Path parameter names differ between operations of the spec ({list_id}, {customer_list_id}), so compare shapes.
        var served = Spec.Value.GetProperty("paths").EnumerateObject()
            .ToDictionary(p => Parameter().Replace(p.Name, "{}"), p => p.Value.EnumerateObject().Select(m => m.Name.ToUpperInvariant()).ToList());

        Assert.Contains(SfccDataEndpoints.Routes, r => r is { Method: "POST", Template: "/customer_lists/{list_id}/customers" });
        foreach (var route in SfccDataEndpoints.Routes)
        {
            var shape = Parameter().Replace(route.Template, "{}");
            Assert.True(served.TryGetValue(shape, out var methods) && methods.Contains(route.Method), $"{route.Method} {route.Template} is not in the OCAPI Data spec");
        }
    }

    [Fact]
    public void TheCustomerDocumentUsesTheSpecsPropertyNames()
    {
        var schemas = Spec.Value.GetProperty("components").GetProperty("schemas");
        var customer = schemas.GetProperty("customer").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var credentials = schemas.GetProperty("credentials");
        var document = SfccDataEndpoints.Customer(new SfccCustomer
        {
            CustomerNo = "00001004", CustomerId = "abc", Email = "a@acme.example", FirstName = "A", LastName = "B", CompanyName = "Acme", Login = "acme",
        });

        Assert.Contains("company_name", customer);
        Assert.All(document.Where(p => p.Key != "_type").Select(p => p.Key), name => Assert.Contains(name, customer));
        Assert.All(document["credentials"]!.AsObject().Where(p => p.Key != "_type").Select(p => p.Key),
            name => Assert.Contains(name, credentials.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["login"], credentials.GetProperty("required").EnumerateArray().Select(r => r.GetString()!));
        Assert.Contains("POST", Spec.Value.GetProperty("paths").GetProperty("/customer_lists/{list_id}/customers").EnumerateObject().Select(m => m.Name.ToUpperInvariant()));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
