namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>
/// A merchant's question, in their own words, optionally asked from an order's page (then the answer includes that order's
/// open exceptions and recent timeline). A class with setters so the minimal API binds it from the body.
/// </summary>
public sealed class AskRequest
{
    public const int MaxQuestionLength = 500;

    public string Question { get; set; } = "";

    public Guid? OrderId { get; set; }
}

/// <summary>
/// The answer: whether the help covers the question, a short text composed only from what was found (the checks' results
/// in this workspace and the cited articles), the findings (failures and warnings first), their fixes, the cited articles
/// (closest first; when nothing relevant was found, the closest ones anyway), and the order's context when asked about one.
/// <see cref="SemanticSearch"/> is false while the language model is still loading: the topics then come from keywords alone.
/// </summary>
public sealed record AskAnswer(
    bool Found,
    string Text,
    double Confidence,
    bool SemanticSearch,
    IReadOnlyList<CheckResultInfo> Findings,
    IReadOnlyList<AskFix> Fixes,
    IReadOnlyList<AskCitation> Citations,
    AskOrderContext? Order);

/// <summary>A finding's fix: which check it comes from, what to do, its link and, where safe, its one-click action.</summary>
public sealed record AskFix(string CheckKey, string CheckTitle, CheckOutcome Outcome, CheckFix Fix);

/// <summary>A help article the answer rests on: its slug (<c>/help/{slug}</c>), title, summary and the passage that matched.</summary>
public sealed record AskCitation(string Slug, string Title, string Summary, string Snippet, double Score);

/// <summary>The order the question was asked about: its state, open exceptions and most recent timeline entries.</summary>
public sealed record AskOrderContext(
    Guid OrderId,
    string SourceOrderId,
    OrderStatus Status,
    IReadOnlyList<OrderExceptionInfo> OpenExceptions,
    IReadOnlyList<OrderEventInfo> RecentEvents);

/// <summary>Whether answers use the sentence model yet (false: it is loading, and answers meanwhile use keyword search).</summary>
public sealed record AskReadiness(bool SemanticSearch);
