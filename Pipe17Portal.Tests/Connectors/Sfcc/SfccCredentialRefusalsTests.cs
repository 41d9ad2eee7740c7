using System.Net.Http.Json;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api.Auth;
using Pipe17Portal.Connectors.Sfcc.Jobs;
using Pipe17Portal.Tests.Connectors.Sfcc.Checks;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc;

/// <summary>
/// Setup guide: "authentication errors after a previously working connection". A flow whose credentials are refused turns
/// its connection to Error with the credential and the cause; Connect again clears it; a temporary failure does not.
/// </summary>
public class SfccCredentialRefusalsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AFlowWhoseClientWasDisabledTurnsTheConnectionToErrorAndConnectAgainClearsIt()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        Assert.Equal(ConnectionStatus.Connected, (await setup.ConnectionAsync()).Status);

        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.B2cClientId}/disabled", new { disabled = true });
        await RunCatalogPullWithExpiredTokensAsync(setup);
        var broken = await setup.ConnectionAsync();
        var status = await setup.RunAsync("sfcc.connection-status");

        Assert.Equal(ConnectionStatus.Error, broken.Status);
        Assert.StartsWith($"B2C API client {setup.View.B2cClientId}: the client is disabled in Account Manager (invalid_client)", broken.StatusMessage);
        Assert.Contains("Connect again", broken.StatusMessage);
        Assert.Equal(CheckOutcome.Fail, status.Outcome);
        Assert.Contains("disabled", status.Summary);

        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.B2cClientId}/disabled", new { disabled = false });
        var again = await (await setup.Browser.PostAsync($"/api/v1/connections/{setup.ConnectionId}/sfcc/connect", null)).ReadAsync<SfccSettingsView>();

        Assert.Equal(ConnectionStatus.Connected, again.Status);
        Assert.Equal(ConnectionStatus.Connected, (await setup.ConnectionAsync()).Status);
    }

    [Fact]
    public async Task AShippingRequestPullWithAChangedClientPasswordNamesItInTheStatus()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);

        await setup.ControlAsync(HttpMethod.Put, $"api-clients/{setup.View.B2cClientId}/secret", new { secret = "rotated-secret-0002" });
        await factory.ScopedAsync(async s =>
        {
            s.GetRequiredService<SfccTokenService>().Forget(setup.ConnectionId);
            try
            {
                await s.GetRequiredService<Pipe17Portal.Connectors.Sfcc.Shipping.SfccShippingRequestPull>().RunAsync(setup.ConnectionId, CancellationToken.None);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                // The run fails and is recorded; what matters here is the connection's status.
            }
            return 0;
        });
        var broken = await setup.ConnectionAsync();

        Assert.Equal(ConnectionStatus.Error, broken.Status);
        Assert.StartsWith($"B2C API client {setup.View.B2cClientId}: Account Manager refused the password (invalid_client)", broken.StatusMessage);
    }

    [Fact]
    public async Task ATemporaryFailureLeavesTheConnectionConnected()
    {
        var setup = await SfccCheckSetup.CreateAsync(factory);
        var control = factory.CreateClient();
        (await control.PutAsJsonAsync($"/sandbox/_control/accounts/{setup.AccountId}/faults", new { system = "sfcc", rate = 1.0, kinds = new[] { "503" } })).EnsureSuccessStatusCode();
        try
        {
            await RunCatalogPullWithExpiredTokensAsync(setup);
        }
        finally
        {
            (await control.DeleteAsync($"/sandbox/_control/accounts/{setup.AccountId}/faults?system=sfcc")).EnsureSuccessStatusCode();
        }

        Assert.Equal(ConnectionStatus.Connected, (await setup.ConnectionAsync()).Status);
    }

    /// <summary>Forgets the cached tokens (as if they had expired), so the pull must ask Salesforce for new ones.</summary>
    private Task RunCatalogPullWithExpiredTokensAsync(SfccCheckSetup setup) => factory.ScopedAsync(async s =>
    {
        s.GetRequiredService<SfccTokenService>().Forget(setup.ConnectionId);
        try
        {
            await s.GetRequiredService<SfccCatalogPull>().RunAsync(setup.ConnectionId, CancellationToken.None);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            // The run fails and is recorded; what matters here is the connection's status.
        }
        return 0;
    });
}
