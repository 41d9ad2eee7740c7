using System.Text.Json.Nodes;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Shop;

/// <summary>
/// SFCC stores a c_ property of a basket or order only when the site defines it as a custom attribute of the Order
/// system object type; an undefined one is refused with 400 UnknownPropertyException naming it. The emulator keeps one list
/// for baskets and orders (a basket's attributes become the order's under the same ids) and does not check line items.
/// </summary>
public static class SfccOrderAttributes
{
    /// <summary>Where a merchant defines them, named in the refusal.</summary>
    public const string Where = "Business Manager › Administration › Site Development › System Object Types › Order › Attribute Definitions";

    public static void Require(SfccInstance instance, JsonObject body, string document)
    {
        var defined = instance.OrderAttributeList();
        var unknown = body.Select(p => p.Key)
            .FirstOrDefault(k => k.StartsWith("c_", StringComparison.Ordinal) && !defined.Contains(k[2..], StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "UnknownPropertyException",
                $"The property '{unknown}' is not defined for document '{document}': '{unknown[2..]}' is no custom attribute of system object type 'Order' ({Where}).",
                SfccOcapiException.Argument("property", unknown));
        }
    }
}
