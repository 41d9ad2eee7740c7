using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Webhooks;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Webhooks;

/// <summary>The portal with a clock the test moves, so a captured webhook can be replayed days later.</summary>
public sealed class WebhookClockFactory : PortalFactory
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class TikTokWebhookReplayTests(WebhookClockFactory factory) : IClassFixture<WebhookClockFactory>
{
    [Fact]
    public async Task ACapturedDeauthorizationReplayedAfterTheReceiptsArePurgedDoesNotActAgain()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var deauth = $$$"""{"type":6,"tts_notification_id":"{{{Guid.NewGuid():N}}}","shop_id":"7494049642642441621","timestamp":{{{factory.Clock.Now.ToUnixTimeSeconds()}}},"data":{}}""";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, deauth)).StatusCode);
        await SetStatusAsync(connection.Id, ConnectionStatus.Connected); // the merchant authorizes again

        // Inside the window the receipt answers: acknowledged, not acted on.
        factory.Clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(connection.Id, deauth)).StatusCode);
        Assert.Equal(ConnectionStatus.Connected, await StatusAsync(connection.Id));

        // Housekeeping purges the receipt a week later; the same captured body is then refused as stale.
        factory.Clock.Now += HousekeepingJob.WebhookReceiptRetention + TimeSpan.FromHours(1);
        await factory.ScopedAsync(async s =>
        {
            await ActivatorUtilities.CreateInstance<HousekeepingJob>(s).RunAsync(CancellationToken.None);
            return 0;
        });
        Assert.Equal(0, factory.Scoped(s => s.GetRequiredService<PortalDbContext>().WebhookReceipts.Count(r => r.ConnectionId == connection.Id)));
        var replay = await PostAsync(connection.Id, deauth);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(ConnectionStatus.Connected, await StatusAsync(connection.Id));
    }

    [Fact]
    public void ReceiptsOutliveTheLongestTimestampWindow()
    {
        var longest = typeof(TikTokWebhookOptions).GetProperty(nameof(TikTokWebhookOptions.TimestampToleranceMinutes))!
            .GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.RangeAttribute), false).Cast<System.ComponentModel.DataAnnotations.RangeAttribute>().Single();

        Assert.True(TimeSpan.FromMinutes(Convert.ToDouble(longest.Maximum)) * 2 < HousekeepingJob.WebhookReceiptRetention);
    }

    private Task<HttpResponseMessage> PostAsync(Guid connectionId, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/tiktok/{connectionId}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization",
            TikTokWebhookSignature.Compute(TikTokConnectionSeed.AppKey, TikTokConnectionSeed.AppSecret, Encoding.UTF8.GetBytes(body)));
        return factory.CreateClient().SendAsync(request);
    }

    private Task<ConnectionStatus> StatusAsync(Guid id) => factory.ScopedAsync(async s =>
        (await s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == id)).Status);

    private Task<int> SetStatusAsync(Guid id, ConnectionStatus status) => factory.ScopedAsync(s =>
        s.GetRequiredService<PortalDbContext>().Connections.IgnoreQueryFilters().Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, status)));
}
