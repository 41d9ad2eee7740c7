using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Sfcc.State;

namespace Pipe17Portal.Sandbox.Sfcc.Ocapi.Data;

/// <summary>
/// The site's customer list shared by OCAPI Data, SCAPI Customers and the control API: customer numbers (the next free
/// eight-digit number from 00001001), login uniqueness, and OCAPI search queries (term_query is/one_of, text_query).
/// </summary>
public static partial class SfccCustomerList
{
    /// <summary>OCAPI's searchable customer attributes the emulator keeps.</summary>
    public static readonly IReadOnlyDictionary<string, Func<SfccCustomer, string?>> SearchFields = new Dictionary<string, Func<SfccCustomer, string?>>
    {
        ["customer_no"] = c => c.CustomerNo,
        ["email"] = c => c.Email,
        ["first_name"] = c => c.FirstName,
        ["last_name"] = c => c.LastName,
        ["company_name"] = c => c.CompanyName,
        ["credentials.login"] = c => c.EffectiveLogin,
    };

    public static async Task<string> NextNumberAsync(SandboxDbContext db, Guid accountId, CancellationToken ct)
    {
        var count = await db.SfccCustomers.CountAsync(c => c.AccountId == accountId, ct);
        var number = 1001 + count;
        while (await db.SfccCustomers.AnyAsync(c => c.AccountId == accountId && c.CustomerNo == $"{number:D8}", ct))
        {
            number++;
        }
        return $"{number:D8}";
    }

    /// <summary>Logins are unique in a list regardless of case; customers without a stored login use their email.</summary>
    public static async Task<bool> LoginTakenAsync(SandboxDbContext db, Guid accountId, string login, CancellationToken ct)
    {
        var lower = login.ToLowerInvariant();
        return await db.SfccCustomers.AnyAsync(c => c.AccountId == accountId && (c.Login ?? c.Email).ToLower() == lower, ct);
    }

    /// <summary>
    /// Whether a customer matches an OCAPI query object: match_all_query; term_query (operator is or one_of; values equal
    /// ignoring case in any of the fields); text_query (every word of search_phrase is a whole word of one of the fields,
    /// ignoring case: "Acme" finds "Acme Corp", not "Acmes").
    /// </summary>
    public static Func<SfccCustomer, bool> Matcher(JsonObject query)
    {
        if (query["match_all_query"] is JsonObject)
        {
            return _ => true;
        }
        var (q, text) = query["term_query"] is JsonObject term ? (term, false)
            : query["text_query"] is JsonObject textQuery ? (textQuery, true)
            : throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException",
                "The emulator supports match_all_query, term_query and text_query for customers.");
        var fields = (q["fields"] as JsonArray)?.Select(f => f is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList() ?? [];
        if (fields.Count == 0)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException", "The query needs 'fields'.");
        }
        if (fields.FirstOrDefault(f => !SearchFields.ContainsKey(f)) is { } unknown)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException",
                $"The field '{unknown}' cannot be searched; use {string.Join(", ", SearchFields.Keys)}.");
        }
        var getters = fields.Select(f => SearchFields[f]).ToList();
        if (text)
        {
            var words = Words(q["search_phrase"] is JsonValue p && p.TryGetValue<string>(out var phrase) ? phrase : "");
            if (words.Count == 0)
            {
                throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException", "A text_query needs a search_phrase.");
            }
            return c =>
            {
                var available = getters.SelectMany(g => Words(g(c) ?? "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return words.All(available.Contains);
            };
        }
        var op = q["operator"] is JsonValue o && o.TryGetValue<string>(out var oper) ? oper : "";
        var values = (q["values"] as JsonArray)?.Select(v => v?.ToString() ?? "").ToList() ?? [];
        if (op is not ("is" or "one_of") || values.Count == 0)
        {
            throw new SfccOcapiException(StatusCodes.Status400BadRequest, "InvalidSearchQueryException",
                "A term_query needs fields, the operator 'is' or 'one_of', and values.");
        }
        return c => getters.Any(g => g(c) is { } value && values.Contains(value, StringComparer.OrdinalIgnoreCase));
    }

    private static List<string> Words(string text) =>
        [.. NonWord().Split(text).Where(w => w.Length > 0)];

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial System.Text.RegularExpressions.Regex NonWord();
}
