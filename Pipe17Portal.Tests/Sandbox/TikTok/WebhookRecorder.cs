using System.Collections.Concurrent;
using System.Net;

namespace Pipe17Portal.Tests.Sandbox.TikTok;

/// <summary>Stands in for the merchant's webhook endpoint: records every delivery and answers the planned status codes.</summary>
public sealed class WebhookRecorder : HttpMessageHandler
{
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpStatusCode>> plans = new();

    /// <summary>The next deliveries to this address get these statuses, in order; after that, 200.</summary>
    public void Answer(string address, params HttpStatusCode[] statuses) => plans[address] = new ConcurrentQueue<HttpStatusCode>(statuses);

    public IReadOnlyList<ReceivedWebhook> To(string address) => [.. received.Where(r => r.Address == address)];

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitAsync(string address, Func<IReadOnlyList<ReceivedWebhook>, bool> done, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!done(To(address)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Webhooks to {address} did not arrive in time; got {To(address).Count}: {string.Join(" | ", To(address).Select(w => w.Body))}");
            await Task.Delay(20);
        }
        return To(address);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var address = request.RequestUri!.ToString();
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var status = plans.TryGetValue(address, out var plan) && plan.TryDequeue(out var planned) ? planned : HttpStatusCode.OK;
        received.Enqueue(new ReceivedWebhook(address, DateTimeOffset.UtcNow, request.Headers.TryGetValues("Authorization", out var auth) ? auth.Single() : "",
            request.Content.Headers.ContentType?.MediaType ?? "", body, status));
        return new HttpResponseMessage(status);
    }
}

public sealed record ReceivedWebhook(string Address, DateTimeOffset At, string Authorization, string ContentType, string Body, HttpStatusCode Answered)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
