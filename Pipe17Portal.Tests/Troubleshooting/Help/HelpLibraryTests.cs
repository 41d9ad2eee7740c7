using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting.Help;

public class HelpLibraryTests
{
    [Fact]
    public void AnArticleIsReadFromItsFrontMatterAndMarkdown()
    {
        var article = HelpArticleParser.Parse("demo", "---\ntitle: Demo\nsummary: One line.\ncategory: troubleshooting\nchecks: a.b, c.d\nkeywords: x y, z\n---\n# Head\n\nSome **bold** text.\n");

        Assert.Equal("Demo", article.Title);
        Assert.Equal(HelpCategory.Troubleshooting, article.Category);
        Assert.Equal(["a.b", "c.d"], article.Checks);
        Assert.Equal(["x y", "z"], article.Keywords);
        Assert.StartsWith("# Head", article.Markdown);
        Assert.Contains("Some bold text.", article.PlainText);
    }

    [Theory]
    [InlineData("no front matter", "must start with")]
    [InlineData("---\ntitle: T\n", "not closed")]
    [InlineData("---\ntitle: T\ncategory: Setup\n---\nbody", "needs 'summary'")]
    [InlineData("---\ntitle: T\nsummary: S\ncategory: Tutorials\n---\nbody", "category must be")]
    [InlineData("---\ntitle T\n---\nbody", "is not 'key: value'")]
    public void AMalformedArticleFailsNamingItsFileAndTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => HelpArticleParser.Parse("broken", text));

        Assert.Contains("'broken'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void TheEmbeddedArticlesAreLoadedBySlug()
    {
        var library = new HelpLibrary();

        var article = library.Find("order-exceptions");
        Assert.NotNull(article);
        Assert.Contains("orders.open-exceptions", article.Checks);
        Assert.Equal(library.Articles.Count, library.Articles.Select(a => a.Slug).Distinct().Count());
    }
}
