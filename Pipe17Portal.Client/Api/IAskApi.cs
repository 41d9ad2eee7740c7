using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>The Ask panel: a question in the merchant's words → what was found in this workspace, the fixes and the help that explains it.</summary>
public interface IAskApi
{
    [Post("/api/v1/ask")]
    Task<AskAnswer> AskAsync([Body] AskRequest request, CancellationToken ct = default);

    /// <summary>Starts loading the sentence model if it is not loaded (the panel calls it when opened); says whether it is ready.</summary>
    [Post("/api/v1/ask/warm-up")]
    Task<AskReadiness> WarmUpAsync(CancellationToken ct = default);
}
