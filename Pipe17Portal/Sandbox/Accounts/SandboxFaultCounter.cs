using System.Collections.Concurrent;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>
/// How many faults each account's emulators injected since the sandbox process started, per system and kind, so a test or
/// the soak can say how much went wrong on purpose (GET /sandbox/_control/accounts/{id}/faults shows it as "injected").
/// </summary>
public sealed class SandboxFaultCounter
{
    private readonly ConcurrentDictionary<(Guid Account, string System, string Kind), int> counts = new();

    public void Count(Guid accountId, string system, string kind) =>
        counts.AddOrUpdate((accountId, system, kind), 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Of(Guid accountId, string system) =>
        counts.Where(p => p.Key.Account == accountId && p.Key.System == system).ToDictionary(p => p.Key.Kind, p => p.Value, StringComparer.Ordinal);
}
