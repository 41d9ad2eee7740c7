using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The one readable document of an SFCC order, as the merchant sees it in Preview and on the order's timeline: the
/// basket body serialized exactly as it goes on the wire (<see cref="SfccJson.Ocapi"/>, snake_case), with the order
/// number and payment instruments that the push sends in their own calls placed where a reader expects them.
/// </summary>
internal static class SfccOrderDocument
{
    public static JsonObject Build(string orderNo, OcapiBasketRequest basket, IReadOnlyList<OcapiPaymentInstrumentRequest> payments)
    {
        var body = JsonSerializer.SerializeToNode(basket, SfccJson.Ocapi)?.AsObject() ?? [];
        var instruments = JsonSerializer.SerializeToNode(payments, SfccJson.Ocapi);
        var document = new JsonObject { ["order_no"] = orderNo };
        foreach (var (name, value) in body.Where(p => !p.Key.StartsWith("c_", StringComparison.Ordinal)))
        {
            document[name] = value?.DeepClone();
        }
        document["payment_instruments"] = instruments;
        foreach (var (name, value) in body.Where(p => p.Key.StartsWith("c_", StringComparison.Ordinal)))
        {
            document[name] = value?.DeepClone();
        }
        return document;
    }
}
