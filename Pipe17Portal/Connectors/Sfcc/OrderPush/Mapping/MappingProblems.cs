using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// The problems mapping can find on an order, in the words the merchant sees on the order and in the exceptions list:
/// what is wrong, why it matters, and where it is fixed.
/// </summary>
internal static class MappingProblems
{
    public static string FixLink(Guid connectionId, string target) =>
        $"/integrations/{connectionId}/mapping?field={Uri.EscapeDataString(target)}";

    public static OrderProblemInfo UnmappedShippingOption(Guid connectionId, string? optionName, string? optionId)
    {
        var option = (optionName, optionId) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"{optionName} ({optionId})",
            ({ Length: > 0 }, _) => optionName,
            (_, { Length: > 0 }) => optionId,
            _ => "(none)",
        };
        return new OrderProblemInfo(
            OrderExceptionType.UnmappedShippingOption,
            $"Map the delivery option \"{option}\" to an SFCC shipping method",
            "Salesforce needs a real shipping method ID on every order, and the shipping method mapping has no row for this order's delivery option. The portal never sends a placeholder, so the order waits.",
            $"In Orders to Salesforce mapping, add a row for \"{option}\" (its name or its id, as received) to {MappingTargets.ShippingMethod} with the SFCC shipping method ID it should use (setup guide Step 6), then retry the order.",
            FixLink(connectionId, MappingTargets.ShippingMethod));
    }

    public static OrderProblemInfo ScriptFailed(Guid connectionId, string target, MappingScriptFailure failure) => new(
        OrderExceptionType.MappingScriptError,
        $"The script for {target} failed: {failure.Message}",
        failure.Kind switch
        {
            MappingScriptFailureKind.Syntax or MappingScriptFailureKind.TooLong => "The mapping script cannot be run as written, so this field of the SFCC order could not be filled.",
            MappingScriptFailureKind.Runtime => "The mapping script stopped with an error on this order, so this field of the SFCC order could not be filled.",
            MappingScriptFailureKind.UnusableResult => "The mapping script finished, but its value cannot be sent to Salesforce.",
            _ => "The mapping script went past a safety limit (time, steps, memory or call depth) and was stopped, so this field of the SFCC order could not be filled.",
        },
        $"Open the mapping of {target}, correct the script and check it with Preview on this order, then retry the order.",
        FixLink(connectionId, target));

    public static OrderProblemInfo WrongShape(Guid connectionId, string target, JsonNode? value, string expected) => new(
        OrderExceptionType.MappingScriptError,
        $"The mapping of {target} gave {Quote(value)}, but {expected}",
        "The mapping produced a value Salesforce cannot accept in this field, so the order was not sent.",
        $"Open the mapping of {target} and change it so it gives the value described, check it with Preview on this order, then retry the order.",
        FixLink(connectionId, target));

    public static OrderProblemInfo LookupMiss(Guid connectionId, string target, string source, string? value) => new(
        OrderExceptionType.MappingScriptError,
        value is null
            ? $"The lookup for {target} has nothing to look up: the order has no {source}"
            : $"The lookup for {target} has no row for {source} \"{value}\"",
        "A lookup sends only the values listed in its table; a value that is not listed stops the order rather than sending a guess.",
        value is null
            ? $"Change the mapping of {target} so it does not depend on {source}, then retry the order."
            : $"Add a row for \"{value}\" to the lookup of {target}, or change the field's mapping, then retry the order.",
        FixLink(connectionId, target));

    public static OrderProblemInfo UnknownSku(string sku) => new(
        OrderExceptionType.UnknownSku,
        $"SKU \"{sku}\" has no Salesforce product",
        "Every line must name an SFCC product, and no product in the portal's Salesforce catalog matches this SKU (SKUs must match exactly, including case and spaces).",
        "Open Products and fix the SKU, or enter the Salesforce SKU as the Channel SKU on the product's Salesforce row (setup guide Step 5), then retry the order.",
        $"/products?search={Uri.EscapeDataString(sku)}");

    public static OrderProblemInfo CustomerMissing(Guid connectionId) => new(
        OrderExceptionType.CustomerNotConfigured,
        "No SFCC customer for this order",
        "Salesforce needs every order to belong to a customer, and the Customer matching strategy gave none (for TikTok Shop, the Generic Customer Number is empty).",
        "In the SFCC connection's sync settings, choose \"Use a generic customer for all orders\" and enter the Generic Customer Number (setup guide Step 4), then retry the order.",
        $"/integrations/{connectionId}");

    private static string Quote(JsonNode? value)
    {
        if (value is null)
        {
            return "nothing (null)";
        }
        var json = value.ToJsonString();
        return json.Length <= 200 ? json : json[..200] + "…";
    }
}
