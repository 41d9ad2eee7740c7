using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Features.Alerts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Alerts;

/// <summary>Each kind the scan detects: raised, folded (one row, count grows), muted (not raised) and resolved when it clears.</summary>
public class AlertDetectionTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task AConnectionInErrorIsRaisedOnceWhileItLastsResolvedWhenItClearsAndCountedAgainWhenItReturns()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var sfcc = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Salesforce US", ConnectionStatus.Error,
            "The B2C API client was rejected: invalid_client.");

        await factory.ScanAsync(owner.WorkspaceId);
        await factory.ScanAsync(owner.WorkspaceId);

        var raised = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(NotificationKind.ConnectionProblem, raised.Kind);
        Assert.Equal(NotificationSeverity.Error, raised.Severity);
        Assert.Equal("Salesforce US is in error", raised.Title);
        Assert.Contains("invalid_client", raised.Message);
        Assert.Equal($"integrations/{sfcc.Id}", raised.Link);
        Assert.Equal(1, raised.Count);
        Assert.Null(raised.ResolvedAt);

        await factory.SetStatusAsync(owner.WorkspaceId, sfcc.Id, ConnectionStatus.Connected);
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.NotNull(Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId)).ResolvedAt);

        await factory.SetStatusAsync(owner.WorkspaceId, sfcc.Id, ConnectionStatus.NeedsReauthorization, "The refresh token was revoked.");
        await factory.ScanAsync(owner.WorkspaceId);
        var folded = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(raised.Id, folded.Id);
        Assert.Equal(2, folded.Count);
        Assert.Null(folded.ResolvedAt);
        Assert.Equal("Salesforce US needs re-authorization", folded.Title);
        Assert.Contains("revoked", folded.Message);
    }

    [Fact]
    public async Task AMutedKindIsNotRaised()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);
        var settings = await (await client.GetAsync("/api/v1/alerts/settings")).ReadAsync<AlertSettingsInfo>();
        await (await client.PutJsonAsync("/api/v1/alerts/settings", settings with { MutedKinds = [NotificationKind.ConnectionProblem] })).ReadAsync<AlertSettingsInfo>();
        await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok US", ConnectionStatus.Error, "Shop deauthorized.");

        await factory.ScanAsync(owner.WorkspaceId);

        Assert.Empty(await factory.NotificationsAsync(owner.WorkspaceId));
    }

    [Fact]
    public async Task NewExceptionsAtTheThresholdRaiseOneAlertByCauseThatClearsOnceTheHourPasses()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);
        var settings = await (await client.GetAsync("/api/v1/alerts/settings")).ReadAsync<AlertSettingsInfo>();
        await (await client.PutJsonAsync("/api/v1/alerts/settings", settings with { ExceptionsPerHourThreshold = 3 })).ReadAsync<AlertSettingsInfo>();
        var tiktok = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok", ConnectionStatus.Connected);

        await AddOrdersWithExceptionsAsync(owner.WorkspaceId, tiktok.Id, 2, OrderExceptionType.UnknownSku);
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.Empty(await factory.NotificationsAsync(owner.WorkspaceId));

        await AddOrdersWithExceptionsAsync(owner.WorkspaceId, tiktok.Id, 1, OrderExceptionType.UnknownSku);
        await factory.ScanAsync(owner.WorkspaceId);
        await factory.ScanAsync(owner.WorkspaceId);
        var raised = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(NotificationKind.ExceptionsAboveThreshold, raised.Kind);
        Assert.Equal("3 new order exceptions in the last hour", raised.Title);
        Assert.Contains("threshold of 3", raised.Message);
        Assert.Contains("Unknown SKU 3", raised.Message);
        Assert.Equal("orders/exceptions", raised.Link);
        Assert.Equal(1, raised.Count);

        factory.Clock.Now += TimeSpan.FromMinutes(61);
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.NotNull(Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId)).ResolvedAt);

        await AddOrdersWithExceptionsAsync(owner.WorkspaceId, tiktok.Id, 3, OrderExceptionType.UnknownSku);
        await factory.ScanAsync(owner.WorkspaceId);
        var again = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(2, again.Count);
        Assert.Null(again.ResolvedAt);
    }

    [Fact]
    public async Task OrdersUnchangedBeyondTheirStatusTimeAreStuckOneNotificationPerStatus()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var tiktok = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok", ConnectionStatus.Connected);
        var now = factory.Clock.Now;
        var first = await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-100", OrderStatus.ReadyForFulfillment, now.AddHours(-5));
        await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-101", OrderStatus.ReadyForFulfillment, now.AddHours(-1));   // not yet
        await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-102", OrderStatus.SentToFulfillment, now.AddHours(-5));     // fulfillment takes longer
        await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-103", OrderStatus.Fulfilled, now.AddDays(-30));              // done, never stuck

        await factory.ScanAsync(owner.WorkspaceId);

        var one = Assert.Single(await factory.NotificationsAsync(owner.WorkspaceId));
        Assert.Equal(NotificationKind.OrdersStuck, one.Kind);
        Assert.Equal("1 order stuck in Ready for fulfillment", one.Title);
        Assert.Contains("TT-100", one.Message);
        Assert.Equal($"orders/{first}", one.Link);

        await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-104", OrderStatus.ReadyForFulfillment, now.AddHours(-6));
        await AddOrderAsync(owner.WorkspaceId, tiktok.Id, "TT-105", OrderStatus.SentToFulfillment, now.AddHours(-80));
        await factory.ScanAsync(owner.WorkspaceId);

        var all = await factory.NotificationsAsync(owner.WorkspaceId);
        Assert.Equal(2, all.Count);
        var ready = all.Single(n => n.FoldKey == AlertSignal.FoldKeyOf(NotificationKind.OrdersStuck, nameof(OrderStatus.ReadyForFulfillment)));
        Assert.Equal(one.Id, ready.Id);
        Assert.Equal("2 orders stuck in Ready for fulfillment", ready.Title);
        Assert.Equal("orders?status=ReadyForFulfillment", ready.Link);
        Assert.Contains("TT-105", all.Single(n => n.Id != one.Id).Message);

        await factory.InWorkspaceAsync(owner.WorkspaceId, (db, _) => db.Orders.Where(o => o.Status == OrderStatus.ReadyForFulfillment)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.SentToFulfillment).SetProperty(o => o.UpdatedAt, factory.Clock.Now)));
        await factory.ScanAsync(owner.WorkspaceId);
        Assert.NotNull((await factory.NotificationsAsync(owner.WorkspaceId)).Single(n => n.Id == one.Id).ResolvedAt);
    }

    [Fact]
    public async Task ATikTokAuthorizationAndABusinessManagerPasswordAboutToExpireAreRaisedAndClearWhenRenewed()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var now = factory.Clock.Now;
        var tiktok = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok US", ConnectionStatus.Connected);
        await factory.SetSecretAsync(owner.WorkspaceId, tiktok, TikTokSecrets.Tokens, Tokens(now.AddDays(3)));
        var sfcc = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Salesforce", ConnectionStatus.Connected);
        await factory.SetSecretAsync(owner.WorkspaceId, sfcc, SfccSecrets.BmPassword, "bm-Password-1", updatedAt: now.AddDays(-88));
        var fresh = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok UK", ConnectionStatus.Connected);
        await factory.SetSecretAsync(owner.WorkspaceId, fresh, TikTokSecrets.Tokens, Tokens(now.AddDays(300)));

        await factory.ScanAsync(owner.WorkspaceId);

        var raised = await factory.NotificationsAsync(owner.WorkspaceId);
        Assert.Equal(2, raised.Count);
        Assert.All(raised, n => Assert.Equal(NotificationKind.CredentialsExpiring, n.Kind));
        var tiktokAlert = raised.Single(n => n.Link == $"integrations/{tiktok.Id}");
        Assert.StartsWith("TikTok US: the TikTok Shop authorization expires in 3 days", tiktokAlert.Title);
        var sfccAlert = raised.Single(n => n.Link == $"integrations/{sfcc.Id}");
        Assert.StartsWith("Salesforce: the Business Manager password expires in 2 days", sfccAlert.Title);

        await factory.SetSecretAsync(owner.WorkspaceId, tiktok, TikTokSecrets.Tokens, Tokens(now.AddDays(365)));
        await factory.ScanAsync(owner.WorkspaceId);

        var after = await factory.NotificationsAsync(owner.WorkspaceId);
        Assert.NotNull(after.Single(n => n.Id == tiktokAlert.Id).ResolvedAt);
        Assert.Null(after.Single(n => n.Id == sfccAlert.Id).ResolvedAt);
    }

    private static string Tokens(DateTimeOffset refreshExpiresAt) => JsonSerializer.Serialize(new TikTokTokens(
        "access-token-value", refreshExpiresAt.AddDays(-300), "refresh-token-value", refreshExpiresAt, ["seller.order.info"], "open-id", "Seller", "US"));

    private Task<Guid> AddOrderAsync(Guid workspaceId, Guid connectionId, string number, OrderStatus status, DateTimeOffset updatedAt) =>
        factory.InWorkspaceAsync(workspaceId, async (db, _) =>
        {
            var order = new Order
            {
                WorkspaceId = workspaceId, SourceConnectionId = connectionId, SourceOrderId = number, SourceStatus = "AWAITING_SHIPMENT",
                Status = status, Currency = "USD", SourcePayload = "{}", PlacedAt = updatedAt, CreatedAt = updatedAt, UpdatedAt = updatedAt,
            };
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        });

    private Task AddOrdersWithExceptionsAsync(Guid workspaceId, Guid connectionId, int count, OrderExceptionType type) =>
        factory.InWorkspaceAsync(workspaceId, async (db, _) =>
        {
            for (var i = 0; i < count; i++)
            {
                var order = new Order
                {
                    WorkspaceId = workspaceId, SourceConnectionId = connectionId, SourceOrderId = $"EX-{Guid.NewGuid():N}"[..12], SourceStatus = "AWAITING_SHIPMENT",
                    Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}", CreatedAt = factory.Clock.Now, UpdatedAt = factory.Clock.Now,
                };
                db.Orders.Add(order);
                db.OrderExceptions.Add(new OrderException
                {
                    WorkspaceId = workspaceId, OrderId = order.Id, ConnectionId = connectionId, Type = type, Message = "SKU X is unknown", Cause = "c", Fix = "f",
                    OpenedAt = factory.Clock.Now, LastSeenAt = factory.Clock.Now,
                });
            }
            return await db.SaveChangesAsync();
        });
}
