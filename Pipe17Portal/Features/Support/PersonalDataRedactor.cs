using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipe17Portal.Features.Support;

/// <summary>
/// Takes a buyer's personal data out of text written about their order, such as why it could not be imported (an
/// unexpected error's message may quote any value of the order). The values cut are those the order's payload holds under a
/// name that says personal data (recipient address, buyer email and message, names, phone numbers, tax and user ids), and
/// anything shaped like an email address. What support needs stays: order and line ids, statuses, SKUs, amounts.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Redacted = "[personal data removed]";

    /// <summary>Shorter values (a state code, "US") would cut ordinary words out of the text, and identify no one.</summary>
    private const int MinimumLength = 3;

    public static string Redact(string text, string? payloadJson)
    {
        foreach (var value in PersonalValues(payloadJson).Where(v => v.Length >= MinimumLength).Distinct().OrderByDescending(v => v.Length))
        {
            // As written in the order: a case-insensitive cut would also take ordinary words ("Country") out of the text.
            text = text.Replace(value, Redacted, StringComparison.Ordinal);
        }
        return EmailAddress().Replace(text, Redacted);
    }

    private static IEnumerable<string> PersonalValues(string? payloadJson)
    {
        if (string.IsNullOrWhiteSpace(payloadJson))
        {
            return [];
        }
        try
        {
            return Find(JsonNode.Parse(payloadJson), personal: false);
        }
        catch (JsonException)
        {
            // A payload that does not parse names no fields: only the email pattern applies.
            return [];
        }
    }

    /// <summary>Every string (and number) under a personal-data name, however deep (the whole recipient address, say).</summary>
    private static IEnumerable<string> Find(JsonNode? node, bool personal) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Find(p.Value, personal || PersonalName().IsMatch(p.Key))),
        JsonArray array => array.SelectMany(item => Find(item, personal)),
        JsonValue value when personal && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number => [value.ToString().Trim()],
        _ => [],
    };

    /// <summary>Names of personal data; not "product_name" or "buyer_service_fee", which say nothing about the buyer.</summary>
    [GeneratedRegex(@"(address|recipient|email|phone|mobile|contact|nickname|postal|zip|cpf|tax_?id|user_?id|buyer_message|^(first_|last_|full_|middle_)?name$)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
