using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// One Account Manager API client: it authenticates (else why: wrong password, unknown client, disabled, or — when
/// Account Manager does not say — wrong id or password), and it is allowed each of the setup guide's seven scopes. A missing
/// scope the portal calls with this client fails; one the guide lists that the portal does not use with it only warns.
/// </summary>
public abstract class SfccApiClientCheck(SfccCheckConnections connections, SfccCredentialTester tester) : ICheck
{
    public abstract string Key { get; }
    public abstract string Title { get; }
    public CheckArea Area => CheckArea.SalesforceConnection;
    public string HelpSlug => "sfcc-api-clients";
    protected abstract SfccApiClientSlot Slot { get; }

    public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => SfccCheckConnections.EachAsync(context, async (connection, s) =>
    {
        var (sfcc, problem) = await connections.ContextAsync(context, connection, s, ct);
        if (sfcc is null)
        {
            return problem!;
        }
        var test = await tester.TestClientAsync(sfcc, Slot, SfccRequiredScopes.SetupGuide, ct);
        var page = CheckContext.ConnectionPage(connection.Id, Slot.Section());
        var found = new SfccFindingBuilder();
        if (!test.Authenticates)
        {
            var fix = new CheckFix(test.Fix(), test.Fault == SfccCredentialFault.ClientDisabled ? "help/sfcc-api-clients" : page);
            if (test.Fault == SfccCredentialFault.Unreachable)
            {
                return CheckFinding.Warn(test.Describe(), fix, $"Account Manager: {sfcc.Endpoints.AccountManagerBaseUrl.Host}");
            }
            return CheckFinding.Fail(test.Describe(), fix, $"Client id: {test.ClientId}", $"Account Manager said: {test.Error?.ProblemType ?? test.Error?.FaultType} — {test.Error?.Message}");
        }
        found.Ok($"{Slot.Label()} {test.ClientId}: Account Manager issued a token.");
        var needed = SfccRequiredScopes.UsedBy(Slot);
        var scopesFix = new CheckFix(test.Fix(), "help/sfcc-api-clients");
        foreach (var scope in SfccRequiredScopes.SetupGuide)
        {
            if (!test.MissingScopes.Contains(scope))
            {
                found.Ok($"{scope}: allowed.");
            }
            else if (needed.Contains(scope))
            {
                found.Fail($"{Slot.Label()} {test.ClientId} is not allowed {string.Join(", ", test.MissingScopes.Where(needed.Contains))}, which the portal's flows need.", scopesFix);
            }
            else
            {
                found.Warn($"{Slot.Label()} {test.ClientId} is not allowed {scope} (setup guide Step 1 lists it for every client).", scopesFix);
            }
        }
        if (Slot == SfccApiClientSlot.Shop)
        {
            await ShopperTokenAsync(found, sfcc, page, ct);
        }
        return found.Build($"{Slot.Label()} {test.ClientId} authenticates and is allowed all {SfccRequiredScopes.SetupGuide.Count} scopes of the setup guide.");
    });

    /// <summary>The Shop API client is also the SLAS private client: only the Shop check overrides this.</summary>
    protected virtual Task ShopperTokenAsync(SfccFindingBuilder found, Api.SfccContext sfcc, string page, CancellationToken ct) => Task.CompletedTask;
}
