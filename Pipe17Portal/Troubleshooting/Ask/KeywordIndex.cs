using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Keyword scoring of help articles with Lucene: an in-memory index of title and keywords (boosted), summary and body, English
/// analysis (stop words, Porter stemming, so "cancelled" finds "canceled"). Each word of the question is scored on its own
/// (best field wins), so the index can also say how much of the question an article covers; a word the articles never use
/// (a typo, "shiping") is looked up fuzzily instead. Built once; searching is thread-safe.
/// </summary>
public sealed class KeywordIndex : IDisposable
{
    private static readonly (string Field, float Boost)[] Fields = [("title", 3f), ("keywords", 3f), ("summary", 2f), ("body", 1f)];

    /// <summary>
    /// Lucene's English stop words plus the words questions are made of ("why", "my", "doesnt"): they say nothing about the
    /// topic, and counting them would make "what's the weather" look half-covered.
    /// </summary>
    private static readonly CharArraySet StopWords = new(LuceneVersion.LUCENE_48,
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "what", "whats", "why",
        "how", "when", "where", "which", "who", "do", "does", "did", "doing", "done", "didnt", "doesnt", "dont", "isnt", "arent", "wont",
        "cant", "cannot", "wasnt", "werent", "havent", "hasnt", "i", "im", "ive", "me", "my", "mine", "we", "our", "us", "you", "your",
        "can", "could", "should", "would", "shall", "may", "might", "must", "has", "have", "had", "been", "being", "am", "were",
        "so", "too", "very", "just", "any", "all", "some", "there", "here", "from", "up", "about", "still", "its", "get", "got",
        "help", "please", "anyone", "thing", "things", "keep", "keeps", "s", "t", "ok", "hi", "hello",
    ], ignoreCase: true);

    /// <summary>
    /// How many words the articles never use are looked up fuzzily in one question; the rest count as words no article
    /// covers. A real question has a typo or two, while each fuzzy lookup scans the index's terms, so a question of 80 made-up
    /// words would otherwise cost a quarter of a second.
    /// </summary>
    public const int MaxFuzzyTerms = 8;

    /// <summary>
    /// The longest word looked up fuzzily. A typo is made in a word of the help, and none is this long; the fuzzy automaton
    /// of a 255-letter "word" (the tokenizer's longest) takes half a second to build.
    /// </summary>
    public const int MaxFuzzyLength = 24;

    /// <summary>Expanded typos kept (per field), about a megabyte at most.</summary>
    public const int MaxRememberedTypos = 4_096;

    private readonly ConcurrentDictionary<(string Field, string Text), Query> typos = new();
    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48, StopWords);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly string[] slugs;

    public KeywordIndex(IEnumerable<HelpArticle> articles)
    {
        var list = articles.ToList();
        slugs = [.. list.Select(a => a.Slug)];
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in list)
            {
                writer.AddDocument(new Document
                {
                    new StringField("slug", article.Slug, Field.Store.YES),
                    new TextField("title", article.Title, Field.Store.NO),
                    new TextField("keywords", string.Join(", ", article.Keywords), Field.Store.NO),
                    new TextField("summary", article.Summary, Field.Store.NO),
                    new TextField("body", article.PlainText, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The question's words as the index sees them: lower-cased, stop words dropped, stemmed, each once.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value))
            {
                terms.Add(value);
            }
        }
        stream.End();
        return terms;
    }

    /// <summary>
    /// Scores every article that shares a word with the question. <see cref="KeywordHit.Coverage"/> is the share of the
    /// question's words (weighted by how rare they are across articles) that the article contains, exactly or as a near spelling.
    /// </summary>
    public IReadOnlyList<KeywordHit> Search(string question)
    {
        var terms = Terms(question);
        if (terms.Count == 0)
        {
            return [];
        }
        var scores = new double[slugs.Length];
        var covered = new double[slugs.Length];
        var totalWeight = 0.0;
        var fuzzy = 0;
        foreach (var text in terms)
        {
            var known = Fields.Any(f => reader.DocFreq(new Term(f.Field, text)) > 0);
            var weight = Weight(text, known);
            totalWeight += weight;
            if (!known && (text.Length > MaxFuzzyLength || ++fuzzy > MaxFuzzyTerms))
            {
                continue; // counted as a word no article covers, without the lookup
            }
            var query = new DisjunctionMaxQuery(0.2f);
            foreach (var (field, boost) in Fields)
            {
                query.Add(known ? new TermQuery(new Term(field, text)) { Boost = boost } : Fuzzy(field, boost, text));
            }
            foreach (var hit in searcher.Search(query, slugs.Length).ScoreDocs)
            {
                scores[hit.Doc] += hit.Score;
                covered[hit.Doc] += weight;
            }
        }
        return [.. Enumerable.Range(0, slugs.Length).Where(i => scores[i] > 0)
            .Select(i => new KeywordHit(searcher.Doc(i).Get("slug"), scores[i], covered[i] / totalWeight))
            .OrderByDescending(h => h.Score)];
    }

    /// <summary>
    /// A word the articles never use, looked up as a typo: one edit for short words, two for longer; the first letter is
    /// rarely the mistyped one. The expansion into the index's near spellings costs milliseconds, and the index never
    /// changes, so it is remembered (typos repeat: "shiping", "invetory"), up to <see cref="MaxRememberedTypos"/> of them.
    /// </summary>
    private Query Fuzzy(string field, float boost, string text)
    {
        if (typos.TryGetValue((field, text), out var remembered))
        {
            return remembered;
        }
        var expanded = searcher.Rewrite(new FuzzyQuery(new Term(field, text), text.Length >= 6 ? 2 : 1, prefixLength: 1) { Boost = boost });
        if (typos.Count < MaxRememberedTypos)
        {
            typos.TryAdd((field, text), expanded);
        }
        return expanded;
    }

    /// <summary>How much a word says about the topic: rare words more (inverse document frequency); unknown words the most.</summary>
    private double Weight(string text, bool known)
    {
        var n = reader.NumDocs;
        var df = known ? Fields.Max(f => reader.DocFreq(new Term(f.Field, text))) : 0;
        return Math.Log(1 + (n + 1.0) / (df + 1.0));
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}

/// <summary>An article's keyword score for a question and how much of the question it covers (0–1).</summary>
public sealed record KeywordHit(string Slug, double Score, double Coverage);
