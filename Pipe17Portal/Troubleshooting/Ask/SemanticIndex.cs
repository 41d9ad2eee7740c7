using System.Text.RegularExpressions;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// The articles as sentence vectors: one for what the article is about (title, summary, merchants' words) and one per body
/// passage (lines of the plain text grouped to ~80 words, under the model's 256-token window). Embedded once, when the model is loaded.
/// An article's similarity to a question is its best vector; passages count a little less than the article's own description.
/// </summary>
public sealed partial class SemanticIndex
{
    /// <summary>A passage matching is weaker evidence than the article's own title and summary matching.</summary>
    public const double PassageWeight = 0.9;

    private const int PassageWords = 80;

    private readonly IReadOnlyList<(string Slug, float[] About, IReadOnlyList<(string Text, float[] Vector)> Passages)> articles;

    private SemanticIndex(IReadOnlyList<(string, float[], IReadOnlyList<(string, float[])>)> articles) => this.articles = articles;

    /// <summary>Embeds every article; the model must be loaded.</summary>
    public static SemanticIndex Build(IEnumerable<HelpArticle> source)
    {
        var list = new List<(string, float[], IReadOnlyList<(string, float[])>)>();
        foreach (var article in source)
        {
            var passages = Passages(article.PlainText).ToArray();
            var vectors = SentenceModel.Embed([About(article), .. passages]);
            list.Add((article.Slug, vectors[0], [.. passages.Select((p, i) => (p, vectors[i + 1]))]));
        }
        return new SemanticIndex(list);
    }

    public static string About(HelpArticle article) =>
        $"{article.Title}. {article.Summary} {string.Join(", ", article.Keywords)}";

    /// <summary>Every article's similarity to the question (cosine, about 0–1) with its best passage, most similar first.</summary>
    public IReadOnlyList<SemanticHit> Search(string question)
    {
        var q = SentenceModel.Embed(question);
        return [.. articles.Select(a =>
        {
            var about = SentenceModel.Cosine(q, a.About);
            var (passage, score) = ("", 0.0);
            foreach (var p in a.Passages)
            {
                var s = SentenceModel.Cosine(q, p.Vector) * PassageWeight;
                if (s > score)
                {
                    (passage, score) = (p.Text, s);
                }
            }
            return new SemanticHit(a.Slug, Math.Max(about, score), passage);
        }).OrderByDescending(h => h.Score)];
    }

    private static IEnumerable<string> Passages(string plainText)
    {
        var words = 0;
        var current = new List<string>();
        foreach (var paragraph in Paragraph().Split(plainText).Select(p => Space().Replace(p, " ").Trim()).Where(p => p.Length > 0))
        {
            var count = paragraph.Split(' ').Length;
            if (words > 0 && words + count > PassageWords)
            {
                yield return string.Join(" ", current);
                current.Clear();
                words = 0;
            }
            current.Add(paragraph);
            words += count;
        }
        if (current.Count > 0)
        {
            yield return string.Join(" ", current);
        }
    }

    [GeneratedRegex(@"\n")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

/// <summary>An article's semantic similarity to a question and its passage that matched best.</summary>
public sealed record SemanticHit(string Slug, double Score, string Passage);
