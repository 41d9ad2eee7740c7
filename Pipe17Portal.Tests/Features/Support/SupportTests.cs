using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc;
using Pipe17Portal.Connectors.TikTokShop;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Features.Alerts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Features.Support;

public class SupportTests(AlertsFactory factory) : IClassFixture<AlertsFactory>
{
    [Fact]
    public async Task TheBundleHasEverySectionAndNoSecretOfAnyKind()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var secrets = await SeedSecretsAsync(owner);
        var client = await factory.SignInAsync(owner);
        await (await client.PostAsync("/api/v1/checks/orders.open-exceptions/run", null)).ReadAsync<CheckResultInfo>();

        var response = await client.GetAsync("/api/v1/support/bundle");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pipe17-diagnostic-bundle.json", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("\n  \"", json);   // pretty-printed, for reading
        foreach (var (what, secret) in secrets)
        {
            Assert.False(json.Contains(secret, StringComparison.Ordinal), $"The bundle contains the {what}.");
        }

        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("portalVersion").GetString()));
        var connections = root.GetProperty("connections").EnumerateArray().ToList();
        Assert.Equal(["Salesforce US", "TikTok US"], connections.Select(c => c.GetProperty("displayName").GetString()).Order());
        var sfcc = connections.Single(c => c.GetProperty("kind").GetString() == nameof(ConnectorKind.SalesforceCommerceCloud));
        Assert.Equal("RefArch", sfcc.GetProperty("settings").GetProperty("siteId").GetString());
        Assert.Equal([SfccSecrets.B2cClientPassword, SfccSecrets.BmPassword, SfccSecrets.OcapiClientPassword, SfccSecrets.ShopClientPassword],
            sfcc.GetProperty("vault").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.All(sfcc.GetProperty("vault").EnumerateArray(), s => Assert.Equal("[redacted]", s.GetProperty("value").GetString()));
        var tiktok = connections.Single(c => c.GetProperty("kind").GetString() == nameof(ConnectorKind.TikTokShop));
        Assert.Equal("[redacted]", tiktok.GetProperty("settings").GetProperty("webhookSecret").GetString());
        Assert.Equal("[redacted]", tiktok.GetProperty("settings").GetProperty("apiKey").GetString());
        Assert.Equal("app-key-public", tiktok.GetProperty("settings").GetProperty("appKey").GetString());   // an identifier, kept
        Assert.Contains("[redacted]", tiktok.GetProperty("statusMessage").GetString());
        Assert.Contains(root.GetProperty("checkResults").EnumerateArray(), r => r.GetProperty("key").GetString() == "orders.open-exceptions");
        var exception = Assert.Single(root.GetProperty("recentOpenExceptions").EnumerateArray());
        Assert.Equal("TT-9001", exception.GetProperty("sourceOrderId").GetString());
        Assert.Contains("Bearer [redacted]", exception.GetProperty("externalMessage").GetString());
        var run = Assert.Single(root.GetProperty("recentFailedSyncRuns").EnumerateArray());
        Assert.Equal("sfcc-order-push", run.GetProperty("flow").GetString());
        Assert.True(root.TryGetProperty("alertSettings", out _));
    }

    [Fact]
    public async Task TheBundleListsOpenAndRecentlyResolvedOrderImportFailuresWithoutTheBuyersData()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var tiktok = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok US", ConnectionStatus.Connected);
        const string Buyer = "Marguerite Okonkwo-Blanchard", Street = "4417 Quillfeather Lane", Email = "v2b2V5xq@chat.seller.tiktok.com", Phone = "(+1)555-0173";
        var raw = $$"""
            {"id":"5764614130387001","status":"AWAITING_SHIPMENT","buyer_email":"{{Email}}","buyer_message":"Leave it with the neighbour",
             "user_id":"7021436810468230477","recipient_address":{"name":"{{Buyer}}","first_name":"Marguerite","phone_number":"{{Phone}}",
             "address_line1":"{{Street}}","full_address":"{{Street}}, Springfield, IL 62704","postal_code":"62704"},
             "line_items":[{"id":"L1","seller_sku":"TEE-CLASSIC-BLK-M","sku_id":"2729382476852921123","sale_price":"not-a-number"}]}
            """;
        var now = factory.Clock.Now;
        await factory.InWorkspaceAsync(owner.WorkspaceId, async (db, _) =>
        {
            db.OrderImportFailures.AddRange(
                new OrderImportFailure
                {
                    WorkspaceId = owner.WorkspaceId, ConnectionId = tiktok.Id, SourceOrderId = "5764614130387001", RawJson = raw, Attempts = 4,
                    // A cause that quotes the order's data, as an unexpected error's message may.
                    Reason = $"The order's data could not be read (KeyNotFoundException: no region for '{Buyer}, {Street}', contact {Email} or {Phone}). TikTok sent something the portal does not expect; the raw order is kept.",
                    FirstSeenAt = now.AddHours(-5), LastSeenAt = now.AddMinutes(-3),
                },
                new OrderImportFailure
                {
                    WorkspaceId = owner.WorkspaceId, ConnectionId = tiktok.Id, SourceOrderId = "5764614130387002", RawJson = "{}", Attempts = 2,
                    Reason = "TikTok order status 'PENDING_REVIEW' is unknown; expected one of UNPAID, ON_HOLD, AWAITING_SHIPMENT.",
                    FirstSeenAt = now.AddDays(-2), LastSeenAt = now.AddDays(-1), ResolvedAt = now.AddHours(-20),
                },
                new OrderImportFailure
                {
                    WorkspaceId = owner.WorkspaceId, ConnectionId = tiktok.Id, SourceOrderId = "5764614130387003", RawJson = "{}", Attempts = 1,
                    Reason = "Resolved long ago.", FirstSeenAt = now.AddDays(-40), LastSeenAt = now.AddDays(-40), ResolvedAt = now.AddDays(-39),
                });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(owner);

        var json = await (await client.GetAsync("/api/v1/support/bundle")).Content.ReadAsStringAsync();

        foreach (var personal in new[] { Buyer, Street, Email, Phone, "Marguerite", "neighbour", "7021436810468230477" })
        {
            Assert.False(json.Contains(personal, StringComparison.Ordinal), $"The bundle contains the buyer's '{personal}'.");
        }
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, root.GetProperty("openOrderImportFailures").GetInt32());
        var failures = root.GetProperty("orderImportFailures").EnumerateArray().ToList();
        Assert.Equal(["5764614130387001", "5764614130387002"], failures.Select(f => f.GetProperty("sourceOrderId").GetString()));
        var open = failures[0];
        Assert.Equal(tiktok.Id, open.GetProperty("connectionId").GetGuid());
        Assert.Equal(4, open.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("resolvedAt").ValueKind);
        Assert.True(open.GetProperty("payloadKept").GetBoolean());
        Assert.StartsWith("The order's data could not be read (KeyNotFoundException: no region for '", open.GetProperty("reason").GetString());
        Assert.False(open.TryGetProperty("rawJson", out _));
        var resolved = failures[1];
        Assert.Contains("PENDING_REVIEW", resolved.GetProperty("reason").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);
        Assert.False(resolved.GetProperty("payloadKept").GetBoolean());
    }

    [Fact]
    public async Task ARequestIsStoredEmailedWithItsBundleAndAnsweredWithAReference()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var secrets = await SeedSecretsAsync(owner);
        var user = await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User);
        var client = await factory.SignInAsync(user);

        var sent = await (await client.PostJsonAsync("/api/v1/support/requests", new SupportRequestForm
        {
            Subject = "Cancelled orders stay open in Salesforce", Description = "TT-9001 was cancelled on TikTok yesterday.", Urgency = SupportUrgency.High,
        })).ReadAsync<SupportRequestInfo>();

        Assert.Matches(new Regex(@"^SR-\d{8}-[2-9A-Z]{6}$"), sent.Reference);
        Assert.True(sent.Emailed);
        Assert.Equal("help-desk@pipe17.test", sent.SentTo);
        Assert.Equal(user.Email, sent.ContactEmail);
        var mail = Assert.Single(factory.Email.To("help-desk@pipe17.test"), m => m.Subject.Contains(sent.Reference));
        Assert.Equal($"[{sent.Reference}] High: Cancelled orders stay open in Salesforce", mail.Subject);
        Assert.Contains(user.Email, mail.HtmlBody);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal($"{sent.Reference}-diagnostic-bundle.json", attachment.FileName);
        var attached = System.Text.Encoding.UTF8.GetString(attachment.Content);
        Assert.Contains("\"recentOpenExceptions\"", attached);
        Assert.All(secrets, s => Assert.DoesNotContain(s.Secret, attached));

        var stored = await factory.InWorkspaceAsync(owner.WorkspaceId, (db, _) => db.SupportRequests.AsNoTracking().SingleAsync(r => r.Id == sent.Id));
        Assert.Equal(attached, stored.BundleJson);
        Assert.NotNull(stored.EmailedAt);
        var listed = await (await client.GetAsync("/api/v1/support/requests")).ReadAsync<List<SupportRequestInfo>>();
        Assert.Equal(sent.Reference, Assert.Single(listed).Reference);

        var other = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        Assert.Empty(await (await other.GetAsync("/api/v1/support/requests")).ReadAsync<List<SupportRequestInfo>>());
    }

    [Fact]
    public async Task AnIncompleteRequestIsRefusedNamingEachField()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);

        var problem = await (await client.PostJsonAsync("/api/v1/support/requests", new SupportRequestForm { Subject = " ", Description = "", ContactEmail = "not-an-address" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["contactEmail", "description", "subject"], problem.Errors!.Keys.Order());
        Assert.Contains("'not-an-address' is not an email address", problem.Detail);
        Assert.Empty(await factory.InWorkspaceAsync(owner.WorkspaceId, (db, _) => db.SupportRequests.ToListAsync()));
    }

    /// <summary>One of each kind of secret, stored where the portal keeps it and quoted where a careless bundle would leak it.</summary>
    private async Task<List<(string What, string Secret)>> SeedSecretsAsync(TestMember owner)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var secrets = new List<(string What, string Secret)>
        {
            ("B2C client password", $"b2c-Pass-{id}"), ("Shop client password", $"shop-Pass-{id}"), ("OCAPI client password", $"ocapi-Pass-{id}"),
            ("Business Manager password", $"bm-Pass-{id}"), ("TikTok app secret", $"tts-app-secret-{id}"), ("TikTok access token", $"TTP_access_{id}"),
            ("TikTok refresh token", $"TTP_refresh_{id}"), ("webhook secret", $"whsec_{id}"), ("API key in settings", $"ak_settings_{id}"),
            ("bearer JWT", $"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ{id}.c2lnbmF0dXJl{id}"),
        };
        string S(string what) => secrets.Single(s => s.What == what).Secret;

        var sfcc = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.SalesforceCommerceCloud, "Salesforce US", ConnectionStatus.Connected,
            settingsJson: new SfccConnectionSettings { ShortCode = "kv7kzm78", OrganizationId = "f_ecom_zzte_053", SiteId = "RefArch", B2cClientId = "b2c-client" }.Write());
        await factory.SetSecretAsync(owner.WorkspaceId, sfcc, SfccSecrets.B2cClientPassword, S("B2C client password"));
        await factory.SetSecretAsync(owner.WorkspaceId, sfcc, SfccSecrets.ShopClientPassword, S("Shop client password"));
        await factory.SetSecretAsync(owner.WorkspaceId, sfcc, SfccSecrets.OcapiClientPassword, S("OCAPI client password"));
        await factory.SetSecretAsync(owner.WorkspaceId, sfcc, SfccSecrets.BmPassword, S("Business Manager password"));

        var tiktok = await factory.AddConnectionAsync(owner.WorkspaceId, ConnectorKind.TikTokShop, "TikTok US", ConnectionStatus.Error,
            $"TikTok refused the access token {S("TikTok access token")}.",
            $$"""{"appKey":"app-key-public","region":"US","webhookSecret":"{{S("webhook secret")}}","apiKey":"{{S("API key in settings")}}"}""");
        await factory.SetSecretAsync(owner.WorkspaceId, tiktok, TikTokSecrets.AppSecret, S("TikTok app secret"));
        await factory.SetSecretAsync(owner.WorkspaceId, tiktok, TikTokSecrets.Tokens, JsonSerializer.Serialize(new TikTokTokens(
            S("TikTok access token"), DateTimeOffset.UtcNow.AddDays(7), S("TikTok refresh token"), DateTimeOffset.UtcNow.AddDays(300), ["seller.order.info"], "open", "Seller", "US")));

        var (_, key) = await factory.ApiKeyClientAsync(owner, WorkspaceRole.Developer);
        secrets.Add(("workspace API key", key.Secret));

        await factory.InWorkspaceAsync(owner.WorkspaceId, async (db, _) =>
        {
            var order = new Order
            {
                WorkspaceId = owner.WorkspaceId, SourceConnectionId = tiktok.Id, SourceOrderId = "TT-9001", SourceStatus = "AWAITING_SHIPMENT",
                Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}",
            };
            db.Orders.Add(order);
            db.OrderExceptions.Add(new OrderException
            {
                WorkspaceId = owner.WorkspaceId, OrderId = order.Id, ConnectionId = sfcc.Id, Type = OrderExceptionType.PaymentMethodRejected,
                Message = "Salesforce refused the order.", Cause = "c", Fix = "f",
                ExternalMessage = $"401 for Authorization: Bearer {S("bearer JWT")}", OpenedAt = factory.Clock.Now, LastSeenAt = factory.Clock.Now,
            });
            db.SyncRuns.Add(new SyncRun
            {
                WorkspaceId = owner.WorkspaceId, ConnectionId = sfcc.Id, Flow = "sfcc-order-push", Status = SyncRunStatus.Failed, StartedAt = factory.Clock.Now,
                Failed = 1, Error = $"Login refused for the Business Manager user with password {S("Business Manager password")}",
            });
            return await db.SaveChangesAsync();
        });
        return secrets;
    }
}
