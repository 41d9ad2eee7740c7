using Pipe17Portal.Troubleshooting.Ask;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Troubleshooting.Ask;

/// <summary>
/// The evaluation set (<c>ask-evaluation.json</c>): merchants' questions with the article that answers each. The hybrid
/// retriever must put it first for ≥ 90 % and in the top 3 for ≥ 98 %, and say "not found" to unrelated questions. The figures
/// of keywords alone and the model alone are printed too, to show what each part brings.
/// </summary>
[Collection(AskModelCollection.Name)]
public class AskEvaluationTests(AskModelFixture fixture, ITestOutputHelper output)
{
    private static readonly AskEvaluationSet Set = AskEvaluationSet.Load();

    [Fact]
    public void EveryLabelIsAnArticleAndThereAreAtLeastSixtyQuestions()
    {
        Assert.True(Set.Questions.Count >= 60, $"{Set.Questions.Count} questions");
        Assert.All(Set.Questions, q => Assert.NotNull(fixture.Retriever.Library.Find(q.Slug)));
    }

    [Fact]
    public void HybridRetrievalPutsTheRightArticleFirstForNinetyPercentAndInTheTopThreeForNinetyEightPercent()
    {
        Report("keywords alone", semantic: false, keywords: true);
        Report("model alone", semantic: true, keywords: false);
        var (top1, top3) = Report("hybrid", semantic: true, keywords: true);

        Assert.True(top1 >= 0.90, $"top-1 {top1:P1}");
        Assert.True(top3 >= 0.98, $"top-3 {top3:P1}");
    }

    [Fact]
    public void EveryEvaluationQuestionIsFoundAndUnrelatedQuestionsAreNot()
    {
        var answered = Set.Questions.Select(q => (q.Question, Retrieval: fixture.Retriever.Retrieve(q.Question))).ToList();
        foreach (var (question, retrieval) in answered.OrderBy(a => a.Retrieval.Confidence).Take(5))
        {
            output.WriteLine($"lowest confidence among merchants' questions: {retrieval.Confidence:0.000} “{question}”");
        }
        var unrelated = Set.Unrelated.Select(q => (Question: q, Retrieval: fixture.Retriever.Retrieve(q))).ToList();
        foreach (var (question, retrieval) in unrelated)
        {
            output.WriteLine($"unrelated: {retrieval.Confidence:0.000} found={retrieval.Found} “{question}” → {retrieval.Topics.FirstOrDefault()?.Article.Slug}");
        }

        Assert.All(unrelated, u => Assert.False(u.Retrieval.Found, $"“{u.Question}” was answered with {u.Retrieval.Topics[0].Article.Slug}"));
        var missed = answered.Where(a => !a.Retrieval.Found).Select(a => a.Question).ToList();
        Assert.True(missed.Count <= Set.Questions.Count * 0.02, "Not found: " + string.Join(" | ", missed));
    }

    private (double Top1, double Top3) Report(string name, bool semantic, bool keywords)
    {
        var top1 = 0;
        var top3 = 0;
        var misses = new List<string>();
        foreach (var q in Set.Questions)
        {
            var ranked = fixture.Retriever.Retrieve(q.Question, semantic, keywords).Topics.Select(t => t.Article.Slug).ToList();
            var rank = ranked.IndexOf(q.Slug);
            top1 += rank == 0 ? 1 : 0;
            top3 += rank is >= 0 and < 3 ? 1 : 0;
            if (rank != 0)
            {
                misses.Add($"  “{q.Question}” expected {q.Slug} (rank {(rank < 0 ? "none" : (rank + 1).ToString())}), got {string.Join(", ", ranked.Take(3))}");
            }
        }
        double n = Set.Questions.Count;
        output.WriteLine($"{name}: top-1 {top1}/{n} = {top1 / n:P1}, top-3 {top3}/{n} = {top3 / n:P1}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }
        return (top1 / n, top3 / n);
    }
}
