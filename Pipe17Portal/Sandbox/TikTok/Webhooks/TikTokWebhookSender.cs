using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Sandbox.TikTok.Webhooks;

/// <summary>
/// Posts queued webhooks as TikTok does: JSON body, `Authorization: hex(HMAC-SHA256(app_secret, app_key + body))`, and on
/// anything but HTTP 200 a retry after each delay of `Sandbox:TikTok:WebhookRetrySchedule`. Pending retries live in memory.
/// </summary>
public sealed class TikTokWebhookSender(TikTokWebhookQueue queue, IHttpClientFactory clients, IOptions<TikTokOptions> options, ILogger<TikTokWebhookSender> logger) : BackgroundService
{
    public const string ClientName = "sandbox-tiktok-webhooks";
    private readonly SemaphoreSlim sending = new(8);

    public static string Sign(string appKey, string appSecret, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(appKey + body)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in queue.Reader.ReadAllAsync(stoppingToken))
            {
                _ = DeliverAsync(delivery, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; queued deliveries are dropped like any in-memory retry.
        }
    }

    private async Task DeliverAsync(TikTokWebhookDelivery delivery, CancellationToken stop)
    {
        var delays = options.Value.WebhookRetryDelays();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (await SendAsync(delivery, stop))
                {
                    return;
                }
                if (attempt >= delays.Count)
                {
                    logger.LogWarning("TikTok sandbox webhook to {Address} failed {Attempts} times; giving up.", delivery.Address, attempt + 1);
                    return;
                }
                await Task.Delay(delays[attempt], stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<bool> SendAsync(TikTokWebhookDelivery delivery, CancellationToken stop)
    {
        await sending.WaitAsync(stop);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Address) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(delivery.Body)) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("Authorization", Sign(delivery.AppKey, delivery.AppSecret, delivery.Body));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            return response.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // Whatever the receiver does wrong (refuses, times out, resets), the delivery is retried on schedule.
            logger.LogInformation("TikTok sandbox webhook to {Address} failed: {Error}", delivery.Address, e.Message);
            return false;
        }
        finally
        {
            sending.Release();
        }
    }
}
