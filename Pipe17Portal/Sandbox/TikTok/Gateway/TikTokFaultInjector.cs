using Microsoft.Extensions.Options;
using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>Applies an account's configured faults (system "tiktok") to an open-api call that passed the gateway.</summary>
public sealed class TikTokFaultInjector(IOptions<TikTokOptions> options, SandboxFaultCounter counter)
{
    public async Task<TikTokReply?> InjectAsync(SandboxFaultSettings? faults, CancellationToken ct)
    {
        if (faults is null)
        {
            return null;
        }
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(faults.LatencyMs, ct);
        }
        var kinds = faults.KindList();
        if (kinds.Count == 0 || Random.Shared.NextDouble() >= faults.Rate)
        {
            return null;
        }
        var kind = kinds[Random.Shared.Next(kinds.Count)];
        counter.Count(faults.AccountId, faults.System, kind);
        switch (kind)
        {
            case "429":
                return TikTokGatewayErrors.TooManyRequests;
            case "500":
                return TikTokReply.Error(36009003, "Internal error. Please try again later.", StatusCodes.Status500InternalServerError);
            case "503":
                return TikTokReply.Error(36009003, "Service is temporarily unavailable. Please try again later.", StatusCodes.Status503ServiceUnavailable);
            case "timeout":
                await Task.Delay(options.Value.FaultTimeout, ct);
                return TikTokReply.Error(36009007, "Request timeout. Please try again later.", StatusCodes.Status504GatewayTimeout);
            default:
                return TikTokGatewayErrors.ExpiredToken;
        }
    }
}
