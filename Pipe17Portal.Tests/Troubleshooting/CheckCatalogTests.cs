using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Troubleshooting.Checks;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting;

/// <summary>The registered checks and the help articles name each other consistently, so no link or topic leads nowhere.</summary>
public class CheckCatalogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<Pipe17Portal.Client.Api.Contracts.CheckInfo> Checks => factory.Services.GetRequiredService<CheckRunner>().Catalog();

    private HelpLibrary Library => factory.Services.GetRequiredService<HelpLibrary>();

    [Fact]
    public void EveryCheckHasAUniqueKeyAndItsHelpArticleExists()
    {
        Assert.Equal(Checks.Count, Checks.Select(c => c.Key).Distinct().Count());
        Assert.All(Checks, c => Assert.True(Library.Find(c.HelpSlug) is not null, $"{c.Key} links to a missing article '{c.HelpSlug}'."));
        // Every troubleshooting item of the setup guide and every step that can go wrong: 25 checks.
        Assert.True(Checks.Count >= 25, $"Only {Checks.Count} checks are registered.");
    }

    [Fact]
    public void EveryCheckAnArticleNamesIsRegisteredAndEveryCheckIsExplainedByAnArticle()
    {
        var registered = Checks.Select(c => c.Key).ToHashSet();
        var named = Library.Articles.SelectMany(a => a.Checks.Select(k => (a.Slug, Key: k))).ToList();

        var unknown = named.Where(n => !registered.Contains(n.Key)).Select(n => $"{n.Slug} → {n.Key}").ToList();
        Assert.True(unknown.Count == 0, $"Articles name checks that do not exist: {string.Join(", ", unknown)}.");
        var unexplained = registered.Where(k => named.All(n => n.Key != k)).ToList();
        Assert.True(unexplained.Count == 0, $"No article explains {string.Join(", ", unexplained)}.");
    }
}
