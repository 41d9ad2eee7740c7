using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Connect;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Connectors.TikTokShop;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Common;

/// <summary>
/// The address at which the server calls its own sandbox comes from configuration or the server itself, never from what a
/// caller writes in the Host header; a connection whose stored sandbox address points elsewhere calls nothing.
/// </summary>
public class SandboxBaseAddressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ForgedHost = "metadata.internal:8080";

    [Fact]
    public async Task AForgedHostDoesNotChangeTheStoredTikTokSandboxAddress()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(admin);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.TikTokShop, "Shop"))).ReadAsync<ConnectionSummary>();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/connections/{connection.Id}/tiktok/use-sandbox");
        request.Headers.Host = ForgedHost;
        await (await browser.SendAsync(request)).ReadAsync<TikTokSettingsView>();

        var settings = TikTokConnectionSettings.Read(await SettingsJsonAsync(connection.Id));
        Assert.Equal("http://localhost", settings.SandboxBaseUrl?.TrimEnd('/'));
    }

    [Fact]
    public async Task AForgedHostDoesNotChangeTheStoredSalesforceSandboxAddress()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(admin);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/connections/{connection.Id}/sfcc/use-sandbox");
        request.Headers.Host = ForgedHost;
        await (await browser.SendAsync(request)).ReadAsync<SfccSettingsView>();

        var settings = SfccConnectionSettings.Read(await SettingsJsonAsync(connection.Id));
        Assert.Equal("http://localhost", settings.SandboxBaseUrl?.TrimEnd('/'));
    }

    [Fact]
    public async Task ATikTokConnectionWhoseStoredSandboxAddressPointsElsewhereCallsNothing()
    {
        var shop = await SandboxShop.ConnectAsync(factory);
        await factory.WaitForQuietAsync(shop.ConnectionId);
        await RewriteAsync(shop.ConnectionId, json => TikTokConnectionSettings.Read(json) with { SandboxBaseUrl = "http://169.254.169.254" } is var changed ? changed.Write() : json);

        var result = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == shop.ConnectionId);
            var client = await s.GetRequiredService<TikTokShopLink>().ClientAsync(connection, CancellationToken.None, db);
            return await client.GetWarehousesAsync();
        });

        Assert.False(result.IsSuccess);
        Assert.Contains("169.254.169.254", result.Error!.Message);
        Assert.Contains("refused", result.Error.Message);
    }

    [Fact]
    public async Task ASalesforceConnectionWhoseStoredSandboxAddressPointsElsewhereFailsToConnect()
    {
        var admin = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(admin);
        var connection = await (await browser.PostJsonAsync("/api/v1/connections", new CreateConnectionRequest(ConnectorKind.SalesforceCommerceCloud, "SFCC"))).ReadAsync<ConnectionSummary>();
        await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/use-sandbox", null)).ReadAsync<SfccSettingsView>();
        await factory.WaitForQuietAsync(connection.Id);
        await RewriteAsync(connection.Id, json => SfccConnectionSettings.Read(json) with { SandboxBaseUrl = "http://169.254.169.254" } is var changed ? changed.Write() : json);

        var view = await (await browser.PostAsync($"/api/v1/connections/{connection.Id}/sfcc/connect", null)).ReadAsync<SfccSettingsView>();

        Assert.Equal(ConnectionStatus.Error, view.Status);
        Assert.Contains("169.254.169.254", view.StatusMessage);
    }

    private Task<string> SettingsJsonAsync(Guid connectionId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters()
            .Where(c => c.Id == connectionId).Select(c => c.SettingsJson).SingleAsync());

    private Task<int> RewriteAsync(Guid connectionId, Func<string, string> change) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connectionId);
        connection.SettingsJson = change(connection.SettingsJson);
        return await db.SaveChangesAsync();
    });
}
