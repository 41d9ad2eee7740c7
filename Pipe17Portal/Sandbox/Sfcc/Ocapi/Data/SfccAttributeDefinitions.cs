using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;

/// <summary>
/// OCAPI Data `GET /system_object_definitions/{object_type}/attribute_definitions` for type Order: a few of its system
/// attributes and the site's custom ones (<see cref="State.SfccInstance.OrderAttributes"/>), paged with start/count.
/// Other object types are not emulated and answer 404 ObjectTypeNotFoundException.
/// </summary>
public static class SfccAttributeDefinitions
{
    private static readonly IReadOnlyList<string> OrderSystemAttributes = ["orderNo", "customerNo", "status", "exportStatus", "shippingStatus", "paymentStatus"];

    public static Task<IResult> ListAsync(SfccOcapiCall call)
    {
        var type = call["object_type"];
        if (type != "Order")
        {
            throw new SfccOcapiException(StatusCodes.Status404NotFound, "ObjectTypeNotFoundException",
                $"The system object type '{type}' is not known to this sandbox; it emulates the attribute definitions of 'Order' only.", SfccOcapiException.Argument("objectType", type));
        }
        var (start, count) = SfccDataEndpoints.Paging(SfccDataEndpoints.ParseQuery(call, "start"), SfccDataEndpoints.ParseQuery(call, "count"));
        var all = OrderSystemAttributes.Select(id => Definition(id, system: true))
            .Concat(call.Instance.OrderAttributeList().Select(id => Definition(id, system: false))).ToList();
        var page = all.Skip(start).Take(count).ToList();
        return Task.FromResult(SfccOcapiJson.Result(new JsonObject
        {
            ["_v"] = call.Version,
            ["_type"] = "object_attribute_definitions",
            ["count"] = page.Count,
            ["data"] = new JsonArray([.. page]),
            ["start"] = start,
            ["total"] = all.Count,
        }));
    }

    private static JsonNode Definition(string id, bool system) => new JsonObject
    {
        ["_type"] = "object_attribute_definition",
        ["id"] = id,
        ["display_name"] = new JsonObject { ["default"] = id },
        ["system"] = system,
        ["value_type"] = "string",
    };
}
