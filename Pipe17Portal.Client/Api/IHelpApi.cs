using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The portal's help articles: the index grouped by category, and one article rendered.</summary>
public interface IHelpApi
{
    [Get("/api/v1/help")]
    Task<IReadOnlyList<HelpSection>> IndexAsync(CancellationToken ct = default);

    [Get("/api/v1/help/{slug}")]
    Task<HelpArticleView> GetAsync(string slug, CancellationToken ct = default);
}
