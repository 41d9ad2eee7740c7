using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.TikTokShop.Webhooks;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Webhooks;

/// <summary>§4 of issue 12: ten thousand generated deliveries to the webhook endpoint, each answered with a clear 2xx or 4xx.</summary>
public class TikTokWebhookFuzzTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const int Inputs = 10_000;
    private static readonly HashSet<HttpStatusCode> Clear =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge,
    ];

    [Fact]
    public async Task TenThousandGeneratedDeliveriesGetAClearAnswerAndWriteNothingHalfway()
    {
        var connection = await TikTokConnectionSeed.CreateAsync(factory, await factory.CreateWorkspaceAsync());
        var inputs = TikTokWebhookInputs.Deliveries(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Sample(Inputs);
        var http = factory.CreateClient();
        var answers = new ConcurrentDictionary<HttpStatusCode, int>();
        var unclear = new ConcurrentBag<string>();
        var acceptedForConnection = 0;
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (input, ct) =>
        {
            using var response = await http.SendAsync(Request(input.UnknownConnection ? Guid.NewGuid() : connection.Id, input), ct);
            answers.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            if (!Clear.Contains(response.StatusCode))
            {
                unclear.Add($"{(int)response.StatusCode} for {input}: {await response.Content.ReadAsStringAsync(ct)}");
            }
            else if (response.StatusCode == HttpStatusCode.OK && !input.UnknownConnection)
            {
                Interlocked.Increment(ref acceptedForConnection);
            }
        });

        output.WriteLine($"{inputs.Length} generated deliveries in {watch.Elapsed.TotalSeconds:0.0} s: " +
            string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}×{a.Value}")));
        Assert.Equal(Inputs, inputs.Length);
        Assert.True(unclear.IsEmpty, string.Join("\n", unclear.Take(10)));
        // Each kind of answer was reached: the generator exercises acceptance and every refusal, not one path.
        Assert.All(new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge },
            status => Assert.True(answers.ContainsKey(status), $"No input was answered {(int)status}."));

        var (orders, receipts, status) = await factory.ScopedAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            return (await db.Orders.IgnoreQueryFilters().CountAsync(o => o.SourceConnectionId == connection.Id),
                await db.WebhookReceipts.CountAsync(r => r.ConnectionId == connection.Id),
                (await db.Connections.IgnoreQueryFilters().SingleAsync(c => c.Id == connection.Id)).Status);
        });
        Assert.Equal(0, orders); // webhooks only trigger pulls; this connection has none scheduled
        Assert.InRange(receipts, 1, acceptedForConnection);
        Assert.Contains(status, new[] { ConnectionStatus.Connected, ConnectionStatus.NeedsReauthorization });
    }

    private static HttpRequestMessage Request(Guid connectionId, WebhookInput input)
    {
        var content = new ByteArrayContent(input.Body);
        content.Headers.ContentType = input.ContentType is null ? null : MediaTypeHeaderValue.Parse(input.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/tiktok/{connectionId}") { Content = content };
        var signature = TikTokWebhookSignature.Compute(TikTokConnectionSeed.AppKey, TikTokConnectionSeed.AppSecret, input.Body);
        var header = input.Signing switch
        {
            "valid" => signature,
            "upper" => signature.ToUpperInvariant(),
            "forged" => TikTokWebhookSignature.Compute(TikTokConnectionSeed.AppKey, "not-the-secret", input.Body),
            "bearer" => "Bearer " + signature,
            _ => null,
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }
        return request;
    }
}
