using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// Applies one kind of one-click fix offered by a check (<see cref="CheckAction.Kind"/>). Runs with the Developer role
/// already required; validates its argument against the workspace's data and throws ApiProblemException when it cannot apply.
/// Records an audit entry (AuditTrail) in the same save as its change, and returns what it did, in a sentence.
/// Registered as scoped services.
/// </summary>
public interface ICheckActionHandler
{
    string Kind { get; }

    Task<string> ApplyAsync(CheckAction action, CancellationToken ct);
}
