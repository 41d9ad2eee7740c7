using System.Threading.RateLimiting;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// One look-up-or-create of the sandbox account at a time per workspace: clicks at once (two connections, a double click, a
/// script) would otherwise each find no account stored yet and each make one. In-process, as the portal runs as one
/// process over its SQLite database.
/// </summary>
public sealed class SandboxAccountTurns : IDisposable
{
    private const int MaxWaiting = 100;

    private readonly PartitionedRateLimiter<Guid> turns = PartitionedRateLimiter.Create<Guid, Guid>(workspaceId =>
        RateLimitPartition.GetConcurrencyLimiter(workspaceId, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = MaxWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    /// <summary>Waits for the workspace's turn; dispose the lease to end it.</summary>
    public async Task<IDisposable> WaitAsync(Guid workspaceId, CancellationToken ct)
    {
        var lease = await turns.AcquireAsync(workspaceId, 1, ct);
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        throw ApiProblemException.TooManyRequests(
            $"More than {MaxWaiting} sandbox requests of this workspace are already waiting. Wait for them to finish, then try again.", TimeSpan.FromSeconds(10));
    }

    public void Dispose() => turns.Dispose();
}
