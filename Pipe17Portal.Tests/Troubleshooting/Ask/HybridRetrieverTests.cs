using Pipe17Portal.Troubleshooting.Ask;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting.Ask;

/// <summary>Retrieval over small in-memory articles: keywords alone (stemming, typos, stop words), the model alone, and the fusion.</summary>
[Collection(AskModelCollection.Name)]
public class HybridRetrieverTests
{
    private static readonly HelpLibrary Library = new(
    [
        Article("tracking", "Tracking numbers on TikTok", "How shipments and their tracking reach TikTok Shop.", HelpCategory.Troubleshooting,
            "fulfillment, tracking number, shipped", "When Salesforce ships an order, the portal sends the carrier and the tracking number to TikTok Shop so buyers can follow the parcel."),
        Article("cancel", "Canceled orders in Salesforce", "Why an order canceled on TikTok stays open in Salesforce.", HelpCategory.Troubleshooting,
            "cancellation, canceled status", "Add canceled to the statuses to push, otherwise cancellations are never sent."),
        Article("shipping-map", "Shipping method mapping", "Map each TikTok delivery option to a shipping method id.", HelpCategory.Setup,
            "shipping method, delivery option", "Each delivery option of the shop needs a shipping method that exists on the Salesforce site."),
        Article("glossary", "Glossary", "The abbreviations the portal uses.", HelpCategory.Concepts,
            "TTS, SFCC, OCAPI", "TTS is TikTok Shop. SFCC is Salesforce B2C Commerce Cloud. OCAPI is its Open Commerce API."),
    ]);

    private readonly AskModelFixture fixture;
    private readonly HybridRetriever retriever = new(Library);

    public HybridRetrieverTests(AskModelFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void KeywordsAloneStemAndIgnoreQuestionWords()
    {
        var retrieval = retriever.Retrieve("why didnt my cancelled orders cancel", useSemantic: false);

        Assert.Equal("cancel", retrieval.Topics[0].Article.Slug);
        Assert.Equal(1.0, retrieval.Topics[0].Coverage, 3); // "cancelled", "orders", "cancel" all found; "why didnt my" are not counted
    }

    [Fact]
    public void KeywordsAloneTolerateTypos()
    {
        var retrieval = retriever.Retrieve("shiping methd mapping", useSemantic: false);

        Assert.Equal("shipping-map", retrieval.Topics[0].Article.Slug);
        Assert.True(retrieval.Found);
    }

    [Fact]
    public void BeforeTheModelIsReadyTheAnswerComesFromKeywordsAndSaysSo()
    {
        using var cold = new HybridRetriever(Library); // its articles are embedded only by WarmUpAsync

        var retrieval = cold.Retrieve("tracking number missing on tiktok");

        Assert.False(retrieval.Semantic);
        Assert.Equal("tracking", retrieval.Topics[0].Article.Slug);
    }

    [Fact]
    public async Task TheModelAloneFindsAParaphraseWithNoWordInCommon()
    {
        await retriever.WarmUpAsync();

        var paraphrase = "the shipment's tracking code is not visible to buyers";
        var semantic = retriever.Retrieve(paraphrase, useKeywords: false);

        Assert.True(semantic.Semantic);
        Assert.Equal("tracking", semantic.Topics[0].Article.Slug);
    }

    [Fact]
    public async Task TheFusionRanksByBothAndAnUnrelatedQuestionIsNotFound()
    {
        await retriever.WarmUpAsync();

        var fused = retriever.Retrieve("what is TTS");
        var unrelated = retriever.Retrieve("how do I bake bread");

        Assert.True(fused.Semantic);
        Assert.Equal("glossary", fused.Topics[0].Article.Slug);
        Assert.True(fused.Found);
        Assert.True(fused.Topics[0].Keyword > 0 && fused.Topics[0].Semantic > 0);
        Assert.False(unrelated.Found);
    }

    [Theory]
    [InlineData("invetory numbers dont match", "inventory numbers dont match")]
    [InlineData("connecting salesfroce", "connecting salesforce")]
    [InlineData("what is TTS", "what is TTS")]
    public void MisspeltWordsAreCorrectedAgainstTheArticlesWordsButRealWordsStay(string question, string expected)
    {
        var corrector = new SpellingCorrector(["Inventory numbers and stock", "Salesforce connection", "TTS"], SentenceModel.Vocabulary);

        Assert.Equal(expected, corrector.Correct(question));
    }

    [Fact]
    public void OnlyTheFirstEightUnknownWordsAreLookedUpAsTypos()
    {
        var nonsense = string.Join(' ', Enumerable.Range(0, KeywordIndex.MaxFuzzyTerms).Select(i => $"zq{(char)('a' + i)}vwk"));

        var first = retriever.Retrieve("shiping " + nonsense, useSemantic: false);
        var ninth = retriever.Retrieve(nonsense + " shiping", useSemantic: false);

        Assert.Contains(first.Topics, t => t.Article.Slug == "shipping-map");
        Assert.Empty(ninth.Topics); // the typo is the ninth unknown word: counted as a miss, not looked up
    }

    [Fact]
    public void AWordLongerThanAnyTypoIsNotLookedUp()
    {
        var index = new KeywordIndex([Article("long", "Long words", "A very long word.", HelpCategory.Concepts, "words", "Supercalifragilisticexpialidocious shipping.")]);

        Assert.Empty(index.Search("supercalifragilisticexpialidocius")); // one letter off, but longer than any typo looked up
        Assert.NotEmpty(index.Search("shiping"));
    }

    [Fact]
    public void ATypoAskedAgainScoresTheSame()
    {
        var index = new KeywordIndex(Library.Articles);

        var first = index.Search("shiping methd");
        var again = index.Search("shiping methd");

        Assert.NotEmpty(first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void OnlyTheFirstEightUnknownWordsAreSpellCorrected()
    {
        var corrector = new SpellingCorrector(["Inventory numbers and stock"]);
        var nonsense = string.Join(' ', Enumerable.Range(0, SpellingCorrector.MaxCorrections).Select(i => $"zq{(char)('a' + i)}vwk"));

        Assert.Equal("inventory " + nonsense, corrector.Correct("invetory " + nonsense));
        Assert.Equal(nonsense + " invetory", corrector.Correct(nonsense + " invetory"));
    }

    [Theory]
    [InlineData(10, 29)] // "ab ab … ab", whole
    [InlineData(200, 158)] // cut at the last space before character 160
    public void TheModelReadsTheFirst160CharactersCutBetweenWords(int words, int expectedLength)
    {
        var question = string.Join(' ', Enumerable.Repeat("ab", words));

        var read = HybridRetriever.ModelText(question);

        Assert.Equal(expectedLength, read.Length);
        Assert.StartsWith(read, question);
    }

    [Theory]
    [InlineData("my products are not showing up", QuestionIntent.Kind.Problem)]
    [InlineData("sf says customer missing", QuestionIntent.Kind.Problem)]
    [InlineData("what is TTS", QuestionIntent.Kind.Definition)]
    [InlineData("what does OCAPI stand for", QuestionIntent.Kind.Definition)]
    [InlineData("how do i link my tiktok store", QuestionIntent.Kind.HowTo)]
    public void TheKindOfQuestionComesFromItsWording(string question, QuestionIntent.Kind kind) =>
        Assert.Equal(kind, QuestionIntent.Of(question));

    private static HelpArticle Article(string slug, string title, string summary, HelpCategory category, string keywords, string body) =>
        new(slug, title, summary, category, [], [.. keywords.Split(", ")], body, body);
}
