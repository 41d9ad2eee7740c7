namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>
/// What a check concluded. Skipped: it could not look, because something it needs failed first (its summary says what);
/// the page lists fails first, then warnings, skipped and passes.
/// </summary>
public enum CheckOutcome
{
    Pass = 0,
    Warn = 1,
    Fail = 2,
    Skipped = 3,
}

/// <summary>The part of the setup a check looks at; the Troubleshooting page groups by it, in this order.</summary>
public enum CheckArea
{
    SalesforceConnection = 0,
    TikTokShop = 1,
    OrdersToSalesforce = 2,
    CatalogAndInventory = 3,
    Fulfillment = 4,
    OrderHealth = 5,
}

/// <summary>
/// A one-click fix the portal can apply safely (turn a flow on, add <c>canceled</c> to the statuses, adopt a near-miss
/// SKU). <see cref="Kind"/> names the action; <see cref="Argument"/> is what it applies to (a setting, a product id and SKU).
/// </summary>
public sealed record CheckAction(string Kind, Guid? ConnectionId, string? Argument, string Label);

/// <summary>How to fix what a check found: what to do, where (a link into the portal or to a help article), and, where safe, an action.</summary>
public sealed record CheckFix(string Text, string? Href = null, CheckAction? Action = null);

/// <summary>A check the workspace can run: its key, title, area and the help article that explains it.</summary>
public sealed record CheckInfo(string Key, string Title, CheckArea Area, string HelpSlug);

/// <summary>
/// One check's result: the outcome, one line saying what was found, the evidence it looked at ("3 of 41 SKUs have no
/// Salesforce product: …"), the fix, and when it ran and for how long.
/// </summary>
public sealed record CheckResultInfo(
    string Key,
    string Title,
    CheckArea Area,
    CheckOutcome Outcome,
    string Summary,
    IReadOnlyList<string> Evidence,
    CheckFix? Fix,
    string HelpSlug,
    DateTimeOffset CheckedAt,
    int DurationMs);

/// <summary>The latest results at a glance (Dashboard): counts by outcome, when the checks last ran, and the failures and warnings.</summary>
public sealed record CheckSummaryInfo(int Passed, int Warned, int Failed, int Skipped, DateTimeOffset? LastCheckedAt, IReadOnlyList<CheckResultInfo> Problems);

/// <summary>What a one-click fix did, in a sentence.</summary>
public sealed record CheckActionResult(string Message);

/// <summary>The one order of check results everywhere (API, page, Ask): failures, warnings, not checked, passes; then area and title.</summary>
public static class CheckResultOrder
{
    public static int Rank(CheckOutcome? outcome) => outcome switch
    {
        CheckOutcome.Fail => 0,
        CheckOutcome.Warn => 1,
        CheckOutcome.Skipped => 2,
        CheckOutcome.Pass => 4,
        _ => 3, // not run yet
    };

    public static IOrderedEnumerable<CheckResultInfo> WorstFirst(this IEnumerable<CheckResultInfo> results) =>
        results.OrderBy(r => Rank(r.Outcome)).ThenBy(r => r.Area).ThenBy(r => r.Title, StringComparer.Ordinal);
}
