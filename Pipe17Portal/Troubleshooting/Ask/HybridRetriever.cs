using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Picks the help topics for a question: Lucene keyword scores and sentence-model similarity, fused as a weighted blend of
/// each score relative to its best article, plus an absolute confidence (how similar the best article is and how much of the
/// question it covers) that decides whether the help covers the question at all. While the model loads, keywords alone
/// rank and the confidence is their coverage. Singleton: the keyword index is built at once (milliseconds), the semantic
/// index when <see cref="WarmUpAsync"/> has loaded the model.
/// </summary>
public sealed class HybridRetriever(HelpLibrary library, RetrievalTuning tuning) : IDisposable
{
    private readonly RetrievalTuning tuning = tuning;

    private readonly KeywordIndex keywords = new(library.Articles);
    private readonly SpellingCorrector spelling = new(library.Articles.SelectMany(a => new[] { SemanticIndex.About(a), a.PlainText }), SentenceModel.Vocabulary);
    private readonly Lazy<Task<SemanticIndex>> semantic = new(async () =>
    {
        await SentenceModel.StartLoading();
        return await Task.Run(() => SemanticIndex.Build(library.Articles));
    });

    public HybridRetriever(HelpLibrary library) : this(library, RetrievalTuning.Default)
    {
    }

    public HelpLibrary Library => library;

    /// <summary>True once questions are answered with the sentence model too.</summary>
    public bool SemanticReady => semantic.IsValueCreated && semantic.Value.IsCompletedSuccessfully;

    /// <summary>Loads the model (once per process) and embeds the articles (once per retriever).</summary>
    public Task WarmUpAsync() => semantic.Value;

    /// <param name="with">Other knobs than the retriever's (tuning on the evaluation set).</param>
    public Retrieval Retrieve(string question, bool useSemantic = true, bool useKeywords = true, RetrievalTuning? with = null)
    {
        var tuning = with ?? this.tuning;
        var keywordHits = useKeywords ? keywords.Search(question) : [];
        var semanticHits = useSemantic && SemanticReady ? semantic.Value.Result.Search(spelling.Correct(ModelText(question))) : null;
        var bySlug = library.Articles.ToDictionary(a => a.Slug, _ => new Fused());
        var topKeyword = keywordHits.Count > 0 ? keywordHits[0].Score : 0;
        foreach (var hit in keywordHits)
        {
            bySlug[hit.Slug].Keyword = hit.Score / topKeyword;
            bySlug[hit.Slug].Coverage = hit.Coverage;
        }
        var topSemantic = semanticHits?.Count > 0 ? semanticHits[0].Score : 0;
        foreach (var hit in semanticHits ?? [])
        {
            bySlug[hit.Slug].Semantic = hit.Score;
            bySlug[hit.Slug].Passage = hit.Passage;
        }

        var semanticOn = semanticHits is not null;
        var intent = QuestionIntent.Of(question);
        var ranked = bySlug.Select(p =>
        {
            var f = p.Value;
            var article = library.Find(p.Key)!;
            var score = !semanticOn ? f.Keyword
                : !useKeywords ? f.Semantic
                : tuning.SemanticWeight * (topSemantic > 0 ? f.Semantic / topSemantic : 0) + (1 - tuning.SemanticWeight) * f.Keyword;
            if (score > 0 && useKeywords && semanticOn)
            {
                score += tuning.IntentWeight * QuestionIntent.Fit(intent, article.Category);
            }
            return new RankedTopic(article, score, f.Keyword, f.Semantic, f.Coverage, f.Passage);
        }).Where(t => t.Score > 0).OrderByDescending(t => t.Score).ThenBy(t => t.Article.Slug, StringComparer.Ordinal).ToList();

        if (ranked.Count == 0)
        {
            return new Retrieval([], false, 0, semanticOn);
        }
        var top = ranked[0];
        var confidence = semanticOn
            ? Math.Clamp((top.Semantic - tuning.SemanticFloor) / (tuning.SemanticCeiling - tuning.SemanticFloor), 0, 1) * tuning.SemanticWeight
              + top.Coverage * (1 - tuning.SemanticWeight)
            : top.Coverage;
        var threshold = semanticOn ? tuning.Threshold : tuning.KeywordOnlyThreshold;
        return new Retrieval(ranked, confidence >= threshold, Math.Round(confidence, 3), semanticOn);
    }

    public void Dispose() => keywords.Dispose();

    /// <summary>
    /// What the sentence model reads of a question: its first <see cref="MaxModelCharacters"/> characters, cut between words.
    /// The model's cost grows with the number of word pieces (made-up words split into many), and a question is a sentence
    /// or two; the keywords still see every word.
    /// </summary>
    public static string ModelText(string question)
    {
        if (question.Length <= MaxModelCharacters)
        {
            return question;
        }
        var cut = question.LastIndexOf(' ', MaxModelCharacters);
        return question[..(cut > 0 ? cut : MaxModelCharacters)];
    }

    /// <summary>Characters of a question the sentence model reads (<see cref="ModelText"/>).</summary>
    public const int MaxModelCharacters = 160;

    private sealed class Fused
    {
        public double Keyword;
        public double Semantic;
        public double Coverage;
        public string? Passage;
    }
}

/// <summary>
/// The fusion's knobs, tuned on the evaluation set (<c>ask-evaluation.json</c>): how much the sentence model counts against
/// keywords, how much the kind of question (<see cref="QuestionIntent"/>) moves an article, the similarity range mapped to 0–1
/// confidence, and the confidence below which the answer is "not found".
/// </summary>
public sealed record RetrievalTuning(double SemanticWeight, double SemanticFloor, double SemanticCeiling, double Threshold, double KeywordOnlyThreshold, double IntentWeight)
{
    public static readonly RetrievalTuning Default = new(SemanticWeight: 0.7, SemanticFloor: 0.15, SemanticCeiling: 0.55, Threshold: 0.3, KeywordOnlyThreshold: 0.5, IntentWeight: 0.1);
}

/// <summary>The ranked topics for a question, whether the best is relevant enough to answer with, and whether the model took part.</summary>
public sealed record Retrieval(IReadOnlyList<RankedTopic> Topics, bool Found, double Confidence, bool Semantic);

/// <summary>One article's fused score and its parts: keyword score relative to the best, semantic similarity, question coverage.</summary>
public sealed record RankedTopic(HelpArticle Article, double Score, double Keyword, double Semantic, double Coverage, string? Passage);
