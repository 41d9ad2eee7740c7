using System.Text.Json;
using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Produces the order's payment instruments (setup guide Step 7). A constant is a payment method ID paying the whole
/// order; a script returns the list itself, e.g. <c>[{"payment_method_id": "TTS", "amount": 59.98}]</c>, and is held
/// to exactly that shape so SFCC never receives a payment without a method.
/// </summary>
internal static class PaymentInstrumentsResolver
{
    private const string Expected =
        "it must be a non-empty list of payments, each with a payment_method_id (a non-empty string) and optionally an amount (a number, 0 or more), e.g. [{\"payment_method_id\": \"TTS\", \"amount\": 59.98}].";

    public static IReadOnlyList<OcapiPaymentInstrumentRequest>? Resolve(MappingContext context)
    {
        var mapping = context.Mapping(MappingTargets.PaymentInstruments);
        if (mapping.Kind == FieldMappingKind.Constant)
        {
            if (!string.IsNullOrWhiteSpace(mapping.Constant))
            {
                return [new OcapiPaymentInstrumentRequest(mapping.Constant.Trim(), context.Input.Order.Total)];
            }
            context.Problems.Add(MappingProblems.WrongShape(context.ConnectionId, MappingTargets.PaymentInstruments, JsonValue.Create(mapping.Constant ?? ""),
                "a constant must be the SFCC payment method ID, e.g. TTS."));
            return null;
        }
        var result = context.RunScript(MappingTargets.PaymentInstruments, mapping.Script);
        if (!result.Succeeded)
        {
            return null;
        }
        if (Read(result.Value) is { } payments)
        {
            return payments;
        }
        context.Problems.Add(MappingProblems.WrongShape(context.ConnectionId, MappingTargets.PaymentInstruments, result.Value, Expected));
        return null;
    }

    private static List<OcapiPaymentInstrumentRequest>? Read(JsonNode? value)
    {
        if (value is not JsonArray { Count: > 0 } array)
        {
            return null;
        }
        var payments = new List<OcapiPaymentInstrumentRequest>();
        foreach (var item in array)
        {
            if (item is not JsonObject payment
                || payment["payment_method_id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String
                || id.GetValue<string>() is not { } methodId || string.IsNullOrWhiteSpace(methodId))
            {
                return null;
            }
            decimal? amount = null;
            if (payment["amount"] is { } amountNode)
            {
                if (amountNode is not JsonValue number || number.GetValueKind() != JsonValueKind.Number
                    || !number.TryGetValue<decimal>(out var parsed) || parsed < 0)
                {
                    return null;
                }
                amount = parsed;
            }
            payments.Add(new OcapiPaymentInstrumentRequest(methodId.Trim(), amount));
        }
        return payments;
    }
}
