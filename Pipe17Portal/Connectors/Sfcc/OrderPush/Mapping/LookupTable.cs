using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Finds the row of a lookup table for an order's values. An exact match wins; only then are case and surrounding
/// spaces ignored, so a table can still tell two values apart that differ only in case. Rows without a value to send
/// never match: a lookup sends what the merchant listed, or nothing.
/// </summary>
internal static class LookupTable
{
    /// <param name="candidates">The order's values in priority order (e.g. the option name, then its id).</param>
    public static string? Match(IReadOnlyList<LookupRow>? rows, IReadOnlyList<string?> candidates)
    {
        var usable = (rows ?? []).Where(r => r is not null && !string.IsNullOrWhiteSpace(r.From) && !string.IsNullOrWhiteSpace(r.To)).ToList();
        var values = candidates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
        var row = values.Select(v => usable.FirstOrDefault(r => string.Equals(r.From, v, StringComparison.Ordinal))).FirstOrDefault(r => r is not null)
            ?? values.Select(v => usable.FirstOrDefault(r => string.Equals(r.From.Trim(), v.Trim(), StringComparison.OrdinalIgnoreCase))).FirstOrDefault(r => r is not null);
        return row?.To.Trim();
    }
}
