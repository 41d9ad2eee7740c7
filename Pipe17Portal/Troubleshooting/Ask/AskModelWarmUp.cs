using Microsoft.Extensions.Options;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Loads the sentence model and embeds the help articles after the portal has started, on a background thread, so start-up
/// never waits for it; questions asked meanwhile are answered with keyword search.
/// </summary>
public sealed class AskModelWarmUp(HybridRetriever retriever, IHostApplicationLifetime lifetime, IOptions<AskOptions> options, ILogger<AskModelWarmUp> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpAtStart)
        {
            return;
        }
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        try
        {
            await Task.Run(retriever.WarmUpAsync, stoppingToken);
            log.LogInformation("Ask: sentence model loaded in {Seconds:0.0} s (+{Megabytes} MB); answers use semantic search",
                SentenceModel.LoadTime?.TotalSeconds, (SentenceModel.LoadedBytes ?? 0) / (1024 * 1024));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Ask: the sentence model could not be loaded; answers use keyword search only");
        }
    }
}
