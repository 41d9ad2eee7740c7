using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Security;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Answers a question: picks the help topics (<see cref="HybridRetriever"/>), runs the checks those articles relate to on this
/// workspace (failures and warnings first), offers their fixes, cites the articles, and with an order id adds that order's
/// open exceptions and recent timeline. Any member may ask; the checks run as a read-only member.
/// </summary>
public sealed class AskService(
    HybridRetriever retriever,
    CheckRunner runner,
    IOrdersApi orders,
    IOrderExceptionsApi exceptions,
    CurrentMember current) : IAskApi
{
    /// <summary>Topics scoring within this share of the best one are answered together (their checks run, they are cited first).</summary>
    private const double CloseToTop = 0.85;
    private const int MaxTopics = 2;
    private const int MaxCitations = 3;
    private const int RecentEvents = 5;

    public async Task<AskReadiness> WarmUpAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        StartWarmUp();
        return new AskReadiness(retriever.SemanticReady);
    }

    /// <summary>Loads in the background (a failure is logged by the retriever's caller and leaves keyword search).</summary>
    private void StartWarmUp()
    {
        if (!retriever.SemanticReady)
        {
            _ = retriever.WarmUpAsync().ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    public async Task<AskAnswer> AskAsync(AskRequest request, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var question = (request?.Question ?? "").Trim();
        if (QuestionCheck.Problem(question) is { } problem)
        {
            throw ApiProblemException.Invalid("question", problem);
        }

        var order = request!.OrderId is { } orderId ? await OrderContextAsync(orderId, ct) : null;
        StartWarmUp(); // if the model is still loading, this question is answered with keywords
        var retrieval = retriever.Retrieve(question);

        var topics = retrieval.Found
            ? retrieval.Topics.TakeWhile((t, i) => i < MaxTopics && t.Score >= retrieval.Topics[0].Score * CloseToTop).ToList()
            : [];
        var known = runner.Catalog().Select(c => c.Key).ToHashSet();
        var keys = topics.SelectMany(t => t.Article.Checks).Where(known.Contains).Distinct().ToList();
        var findings = keys.Count == 0 ? [] : (await runner.RunAsync(member.WorkspaceId, keys, scheduled: false, ct))
            .WorstFirst().ToList();
        var fixes = findings.Where(f => f.Outcome is CheckOutcome.Fail or CheckOutcome.Warn && f.Fix is not null)
            .Select(f => new AskFix(f.Key, f.Title, f.Outcome, f.Fix!)).ToList();
        var citations = retrieval.Topics.Take(MaxCitations)
            .Select(t => new AskCitation(t.Article.Slug, t.Article.Title, t.Article.Summary, Snippet(t), Math.Round(t.Score, 3))).ToList();

        return new AskAnswer(retrieval.Found, AnswerComposer.Compose(retrieval, findings, order), retrieval.Confidence, retrieval.Semantic,
            findings, fixes, citations, order);
    }

    private async Task<AskOrderContext> OrderContextAsync(Guid orderId, CancellationToken ct)
    {
        var detail = await orders.GetAsync(orderId, ct); // 404 for an order of another workspace
        var open = (await exceptions.ForOrderAsync(orderId, ct)).Where(e => e.ResolvedAt is null).ToList();
        return new AskOrderContext(orderId, detail.Summary.SourceOrderId, detail.Summary.Status, open, [.. detail.Timeline.Take(RecentEvents)]);
    }

    /// <summary>The passage the model matched; without the model, the summary (keywords say which article, not which passage).</summary>
    private static string Snippet(RankedTopic topic)
    {
        var text = string.IsNullOrWhiteSpace(topic.Passage) ? topic.Article.Summary : topic.Passage;
        return text.Length <= 280 ? text : text[..text.LastIndexOf(' ', 277)] + "…";
    }

}
