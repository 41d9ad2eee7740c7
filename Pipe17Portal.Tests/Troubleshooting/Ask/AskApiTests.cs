using System.Net;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Troubleshooting.Ask;

namespace Pipe17Portal.Tests.Troubleshooting.Ask;

/// <summary>POST /api/v1/ask through HTTP: the answer names what the related check finds in this workspace, an order's context, not found, validation.</summary>
public class AskApiTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    // The portal loads the model in the background after start; these tests want the hybrid answer, so they wait for it.
    public Task InitializeAsync() => factory.Services.GetRequiredService<HybridRetriever>().WarmUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task OnASandboxMissingAScopeTheAnswerNamesTheScopeAndItsFix()
    {
        var setup = await Connectors.Sfcc.Checks.SfccCheckSetup.CreateAsync(factory);
        await setup.RemoveScopeAsync(setup.View.B2cClientId, "sfcc.products.rw");

        var answer = await (await setup.Browser.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "my products are not showing up" })).ReadAsync<AskAnswer>();

        Assert.True(answer.Found);
        Assert.Equal("products-not-appearing", answer.Citations[0].Slug);
        Assert.StartsWith("Found 2 problems in this workspace: B2C API client", answer.Text);
        Assert.Contains("sfcc.products.rw", answer.Text);
        var failing = answer.Findings.Where(f => f.Outcome == CheckOutcome.Fail).Select(f => f.Key).ToList();
        Assert.Contains("sfcc.catalog-flow", failing);
        var fix = answer.Fixes.First(f => f.CheckKey == "sfcc.catalog-flow").Fix;
        Assert.Contains("sfcc.products.rw", fix.Text);
    }

    [Fact]
    public async Task WithAnOpenExceptionTheAnswerNamesTheFailingCheckOffersItsFixAndCitesTheArticle()
    {
        var member = await factory.CreateWorkspaceAsync();
        await SeedOrderAsync(member.WorkspaceId, withException: true);
        var client = await factory.SignInAsync(await factory.AddMemberAsync(member.WorkspaceId, WorkspaceRole.User));

        var answer = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "why is my order stuck with an error" })).ReadAsync<AskAnswer>();

        Assert.True(answer.Found);
        Assert.True(answer.SemanticSearch);
        var finding = answer.Findings[0];
        Assert.Equal("orders.open-exceptions", finding.Key);
        Assert.Equal(CheckOutcome.Fail, finding.Outcome);
        Assert.Contains("1 open exception in 1 cause.", answer.Text);
        Assert.StartsWith("Found in this workspace:", answer.Text);
        var fix = Assert.Single(answer.Fixes, f => f.CheckKey == "orders.open-exceptions");
        Assert.Equal("orders/exceptions", fix.Fix.Href);
        Assert.Contains(answer.Citations, c => c.Slug is "stuck-orders" or "order-exceptions");
        Assert.All(answer.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Snippet)));
    }

    [Fact]
    public async Task WhenTheRelatedChecksPassTheAnswerSaysSoAndPointsToTheArticle()
    {
        var member = await factory.CreateWorkspaceAsync();
        var client = await factory.SignInAsync(member);

        var answer = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "what is an exception on an order" })).ReadAsync<AskAnswer>();

        Assert.True(answer.Found);
        Assert.Equal("order-exceptions", answer.Citations[0].Slug);
        Assert.Equal(CheckOutcome.Pass, Assert.Single(answer.Findings, f => f.Key == "orders.open-exceptions").Outcome);
        Assert.Empty(answer.Fixes);
        Assert.Contains("pass in this workspace", answer.Text.Replace("passes", "pass"));
        Assert.Contains("Order exceptions", answer.Text);
    }

    [Fact]
    public async Task AskedAboutAnOrderItIncludesItsOpenExceptionsAndTimelineAndAnotherWorkspacesOrderIsNotFound()
    {
        var member = await factory.CreateWorkspaceAsync();
        var orderId = await SeedOrderAsync(member.WorkspaceId, withException: true);
        var other = await factory.CreateWorkspaceAsync();
        var otherOrder = await SeedOrderAsync(other.WorkspaceId, withException: false);
        var client = await factory.SignInAsync(member);

        var answer = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "why is this order not in salesforce", OrderId = orderId }))
            .ReadAsync<AskAnswer>();

        var order = Assert.IsType<AskOrderContext>(answer.Order);
        Assert.Equal("o-ask", order.SourceOrderId);
        Assert.Equal(OrderExceptionType.UnknownSku, Assert.Single(order.OpenExceptions).Type);
        Assert.Equal("Imported from TikTok Shop", Assert.Single(order.RecentEvents).Message);
        Assert.StartsWith("Order o-ask is ReadyForFulfillment with an open exception: Unknown SKU", answer.Text);

        await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "why is this order not in salesforce", OrderId = otherOrder }))
            .ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("how do I bake bread")]
    public async Task AnUnrelatedQuestionIsNotFoundAndStillOffersTheClosestArticles(string question)
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var answer = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = question })).ReadAsync<AskAnswer>();

        Assert.False(answer.Found);
        Assert.StartsWith("I found nothing in the help", answer.Text);
        Assert.Empty(answer.Findings);
        Assert.Empty(answer.Fixes);
    }

    [Theory]
    [InlineData("", "Type a question")]
    [InlineData("   ", "Type a question")]
    public async Task AnEmptyQuestionIsRefusedSayingWhatToDo(string question, string expected)
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = question })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(expected, Describe(problem));
    }

    [Fact]
    public async Task ATooLongQuestionIsRefusedWithItsLength()
    {
        var client = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await client.PostJsonAsync("/api/v1/ask", new AskRequest { Question = new string('a', 612) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("at most 500 characters; it has 612", Describe(problem));
    }

    [Fact]
    public async Task AskingNeedsASignedInMember()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.PostJsonAsync("/api/v1/ask", new AskRequest { Question = "what is TTS" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Describe(ProblemBody problem) => problem.Detail + " " + string.Join(" ", problem.Errors?.Values.SelectMany(v => v) ?? []);

    private Task<Guid> SeedOrderAsync(Guid workspaceId, bool withException) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = new Connection { WorkspaceId = workspaceId, Kind = ConnectorKind.SalesforceCommerceCloud, DisplayName = "SFCC" };
        db.Connections.Add(connection);
        var order = new Order
        {
            WorkspaceId = workspaceId, SourceConnectionId = connection.Id, SourceOrderId = "o-ask", SourceStatus = "AWAITING_SHIPMENT",
            Status = OrderStatus.ReadyForFulfillment, Currency = "USD", SourcePayload = "{}",
        };
        order.Events.Add(new OrderEvent { OrderId = order.Id, At = DateTimeOffset.UtcNow, Kind = "imported", Message = "Imported from TikTok Shop" });
        db.Orders.Add(order);
        if (withException)
        {
            db.OrderExceptions.Add(new OrderException
            {
                WorkspaceId = workspaceId, OrderId = order.Id, ConnectionId = connection.Id, Type = OrderExceptionType.UnknownSku,
                Message = "SKU X is unknown", Cause = "SKU X has no Salesforce product", Fix = "Match the SKU",
            });
        }
        await db.SaveChangesAsync();
        return order.Id;
    });
}
