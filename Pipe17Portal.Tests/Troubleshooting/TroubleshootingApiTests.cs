using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Tests.Troubleshooting;

/// <summary>The portal with two extra checks that misbehave: one throws, one never finishes.</summary>
public sealed class MisbehavingChecksFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Troubleshooting:CheckTimeoutSeconds", "1");
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<ICheck, ThrowingCheck>();
            services.AddScoped<ICheck, HangingCheck>();
        });
    }

    private sealed class ThrowingCheck : ICheck
    {
        public string Key => "test.throws";
        public string Title => "Throws";
        public CheckArea Area => CheckArea.OrderHealth;
        public string HelpSlug => "order-exceptions";
        public Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct) => throw new InvalidOperationException("the disk is on fire");
    }

    private sealed class HangingCheck : ICheck
    {
        public string Key => "test.hangs";
        public string Title => "Hangs";
        public CheckArea Area => CheckArea.OrderHealth;
        public string HelpSlug => "order-exceptions";
        public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            return CheckFinding.Pass("never");
        }
    }
}

public class TroubleshootingApiTests(MisbehavingChecksFactory factory) : IClassFixture<MisbehavingChecksFactory>
{
    [Fact]
    public async Task RunAllStoresEachResultAndTurnsAnExceptionOrATimeoutIntoAFailedCheck()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(owner);

        var results = await (await client.PostAsync("/api/v1/checks/run", null)).ReadAsync<List<CheckResultInfo>>();

        var thrown = results.Single(r => r.Key == "test.throws");
        Assert.Equal(CheckOutcome.Fail, thrown.Outcome);
        Assert.Contains("the disk is on fire", thrown.Summary);
        var hung = results.Single(r => r.Key == "test.hangs");
        Assert.Equal(CheckOutcome.Fail, hung.Outcome);
        Assert.Contains("did not finish within 1 s", hung.Summary);
        Assert.Equal(CheckOutcome.Pass, results.Single(r => r.Key == "orders.open-exceptions").Outcome);
        // Failures come first.
        Assert.Equal(CheckOutcome.Fail, results[0].Outcome);

        var latest = await (await client.GetAsync("/api/v1/checks/results")).ReadAsync<List<CheckResultInfo>>();
        Assert.Equal(results.Select(r => r.Key).Order(), latest!.Select(r => r.Key).Order());
        var summary = await (await client.GetAsync("/api/v1/checks/summary")).ReadAsync<CheckSummaryInfo>();
        // An empty workspace also fails the checks that need connections; the two misbehaving ones are among the problems.
        Assert.Equal(results.Count(r => r.Outcome == CheckOutcome.Fail), summary!.Failed);
        Assert.Equal(results.Where(r => r.Outcome is CheckOutcome.Fail or CheckOutcome.Warn).Select(r => r.Key).Order(), summary.Problems.Select(p => p.Key).Order());
        Assert.Contains("test.hangs", summary.Problems.Select(p => p.Key));
        Assert.Contains("test.throws", summary.Problems.Select(p => p.Key));
    }

    [Fact]
    public async Task OpenExceptionsAreCountedByCauseAndOnlyTheCallersWorkspaceIsSeen()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var other = await factory.CreateWorkspaceAsync();
        foreach (var (member, count) in new[] { (owner, 2), (other, 5) })
        {
            await factory.ScopedAsync(async s =>
            {
                var db = s.GetRequiredService<PortalDbContext>();
                var connection = new Connection { WorkspaceId = member.WorkspaceId, Kind = ConnectorKind.SalesforceCommerceCloud, DisplayName = "SFCC" };
                db.Connections.Add(connection);
                for (var i = 0; i < count; i++)
                {
                    var order = new Order
                    {
                        WorkspaceId = member.WorkspaceId, SourceConnectionId = connection.Id, SourceOrderId = $"o{i}", SourceStatus = "AWAITING_SHIPMENT",
                        Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}",
                    };
                    db.Orders.Add(order);
                    db.OrderExceptions.Add(new OrderException
                    {
                        WorkspaceId = member.WorkspaceId, OrderId = order.Id, ConnectionId = connection.Id, Type = OrderExceptionType.UnknownSku,
                        Message = "m", Cause = "c", Fix = "f",
                    });
                }
                return await db.SaveChangesAsync();
            });
        }
        var client = await factory.SignInAsync(owner);

        var result = await (await client.PostAsync("/api/v1/checks/orders.open-exceptions/run", null)).ReadAsync<CheckResultInfo>();

        Assert.Equal(CheckOutcome.Fail, result.Outcome);
        Assert.Equal("2 open exceptions in 1 cause.", result.Summary);
        Assert.StartsWith("Unknown SKU: 2 orders", Assert.Single(result.Evidence));
        Assert.Equal("orders/exceptions", result.Fix!.Href);
    }

    [Fact]
    public async Task AnUnknownCheckIsNotFoundAndAFixNeedsTheDeveloperRole()
    {
        var owner = await factory.CreateWorkspaceAsync();
        var user = await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.User);
        var client = await factory.SignInAsync(user);

        await (await client.PostAsync("/api/v1/checks/no.such-check/run", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        var forbidden = await (await client.PostJsonAsync("/api/v1/checks/actions", new CheckAction("sfcc.add-canceled-status", null, null, "Add canceled")))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Developer", forbidden.Detail);

        var developer = await factory.SignInAsync(await factory.AddMemberAsync(owner.WorkspaceId, WorkspaceRole.Developer));
        var unknown = await (await developer.PostJsonAsync("/api/v1/checks/actions", new CheckAction("no-such-fix", null, null, "Nothing")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no-such-fix", unknown.Detail + string.Join(" ", unknown.Errors?.Values.SelectMany(v => v) ?? []));
    }
}
