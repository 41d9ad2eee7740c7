using System.Text.Json;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>
/// What the portal last learned from a Salesforce instance by reading it (its shipping and payment methods), kept apart
/// from the connection's settings. Opening a page may refresh these facts, but never writes the settings, so it cannot
/// revert a settings change saved meanwhile or bump the version a Developer's open page holds.
/// </summary>
public sealed class SfccLearnedFacts : IWorkspaceOwned
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid ConnectionId { get; set; }
    public Guid WorkspaceId { get; set; }
    public string ShippingMethodsJson { get; set; } = "[]";
    public string PaymentMethodsJson { get; set; } = "[]";
    public DateTimeOffset MethodsReadAt { get; set; }

    public IReadOnlyList<SfccMethodInfo> ShippingMethods
    {
        get => Read(ShippingMethodsJson);
        set => ShippingMethodsJson = JsonSerializer.Serialize(value, Json);
    }

    public IReadOnlyList<SfccMethodInfo> PaymentMethods
    {
        get => Read(PaymentMethodsJson);
        set => PaymentMethodsJson = JsonSerializer.Serialize(value, Json);
    }

    private static IReadOnlyList<SfccMethodInfo> Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<SfccMethodInfo>>(json, Json) ?? [];
}
