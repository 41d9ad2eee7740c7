using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Tests.Sandbox;

namespace Pipe17Portal.Tests.Features.SandboxConsole;

/// <summary>Room for a few sandbox accounts an hour in all, and two per workspace.</summary>
public sealed class SandboxQuotaFactory : PortalFactory
{
    public const int PerWorkspace = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:Limits:AccountsPerHour", "6");
        builder.UseSetting("Sandbox:Limits:AccountsPerWorkspacePerHour", PerWorkspace.ToString());
    }
}

/// <summary>
/// *Use sandbox* shares the sandbox's hourly account limit fairly: a workspace gets one account however often (or however
/// many times at once) it clicks, a new one only when its account is gone, and at most a few of those an hour.
/// </summary>
public class SandboxAccountsTests(SandboxQuotaFactory factory) : IClassFixture<SandboxQuotaFactory>
{
    [Fact]
    public async Task ManyClicksAtOnceInOneWorkspaceMakeOneSandboxAccountAndLeaveOtherWorkspacesTheirs()
    {
        var (browser, firstConnection, workspaceId) = await TikTokConnectionAsync();
        var connections = new List<Guid> { firstConnection };
        for (var i = 0; i < 9; i++)
        {
            connections.Add((await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, $"Shop {i}"))).ReadAsync<ConnectionSummary>()).Id);
        }
        var accountsBefore = await SandboxAccountsAsync();

        // Use sandbox on ten connections at once: none of the ten requests finds an account stored yet.
        var answers = await Task.WhenAll(connections.Select(c => browser.PostAsync($"/api/v1/connections/{c}/tiktok/use-sandbox", null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(accountsBefore + 1, await SandboxAccountsAsync());
        var account = await AccountOfAsync(workspaceId);
        foreach (var connection in connections)
        {
            Assert.Equal(account, await ConnectionAccountAsync(connection));
        }

        var (other, otherConnection, _) = await TikTokConnectionAsync();
        var theirs = await other.PostAsync($"/api/v1/connections/{otherConnection}/tiktok/use-sandbox", null);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
    }

    [Fact]
    public async Task AWorkspaceWhoseSandboxKeepsDisappearingIsStoppedAtItsOwnLimitAndOthersAreNot()
    {
        var (browser, connectionId, workspaceId) = await TikTokConnectionAsync();
        var useSandbox = $"/api/v1/connections/{connectionId}/tiktok/use-sandbox";
        await (await browser.PostAsync(useSandbox, null)).ReadAsync<TikTokSettingsView>();
        var first = await AccountOfAsync(workspaceId);

        // The sandbox lost the account (its database was reset): Use sandbox makes a new one instead of failing.
        await RemoveSandboxAccountAsync(first);
        await (await browser.PostAsync(useSandbox, null)).ReadAsync<TikTokSettingsView>();
        var second = await AccountOfAsync(workspaceId);
        Assert.NotEqual(first, second);
        Assert.Equal(second, await ConnectionAccountAsync(connectionId));

        await RemoveSandboxAccountAsync(second);
        var refused = await browser.PostAsync(useSandbox, null);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains($"{SandboxQuotaFactory.PerWorkspace} new sandbox accounts", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Sandbox:Limits:AccountsPerWorkspacePerHour", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Try again after", problem.Detail, StringComparison.Ordinal);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.True(wait > TimeSpan.Zero && wait <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(second, await AccountOfAsync(workspaceId)); // nothing changed

        // Another workspace is not held back by this one's limit.
        var (other, otherConnection, otherWorkspace) = await TikTokConnectionAsync();
        await (await other.PostAsync($"/api/v1/connections/{otherConnection}/tiktok/use-sandbox", null)).ReadAsync<TikTokSettingsView>();
        Assert.NotNull(await AccountOfAsync(otherWorkspace));
    }

    private async Task<(HttpClient Browser, Guid ConnectionId, Guid WorkspaceId)> TikTokConnectionAsync()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Sandbox shop"))).ReadAsync<ConnectionSummary>();
        return (browser, connection.Id, owner.WorkspaceId);
    }

    private Task<int> SandboxAccountsAsync() => factory.ScopedAsync(s => s.GetRequiredService<SandboxDbContext>().Accounts.CountAsync());

    private Task RemoveSandboxAccountAsync(Guid? id) =>
        factory.ScopedAsync(s => s.GetRequiredService<SandboxDbContext>().Accounts.Where(a => a.Id == id).ExecuteDeleteAsync());

    private Task<Guid?> AccountOfAsync(Guid workspaceId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Workspaces.Where(w => w.Id == workspaceId).Select(w => w.SandboxAccountId).SingleAsync());

    private Task<Guid?> ConnectionAccountAsync(Guid connectionId) => factory.ScopedAsync(async s =>
        TikTokConnectionSettings.Read(await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters()
            .Where(c => c.Id == connectionId).Select(c => c.SettingsJson).SingleAsync()).SandboxAccountId);
}

/// <summary>When the sandbox's hourly limit for all merchants is reached, *Use sandbox* says so and when to try again.</summary>
public class SandboxGlobalLimitTests(FewAccountsSandboxFactory factory) : IClassFixture<FewAccountsSandboxFactory>
{
    [Fact]
    public async Task UseSandboxPastTheSandboxesHourlyLimitAnswers429WithWhenToTryAgain()
    {
        var control = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await control.PostAsync("/sandbox/_control/accounts", null)).StatusCode);
        }
        var owner = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(owner);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "Sandbox SFCC"))).ReadAsync<ConnectionSummary>();

        var refused = await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Sandbox:Limits:AccountsPerHour", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Try again after", problem.Detail, StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
    }
}
