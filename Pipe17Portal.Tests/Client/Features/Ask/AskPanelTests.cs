using System.Net;
using Bunit;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Features.Ask;

namespace Pipe17Portal.Tests.Client.Features.Ask;

public class AskPanelTests : PortalComponentTest
{
    private readonly FakeAskApi ask = new();
    private readonly FakeTroubleshootingActions troubleshooting = new();

    private IRenderedComponent<AskPanel> RenderPanel(Guid? orderId = null)
    {
        Services.AddSingleton<IAskApi>(ask);
        Services.AddSingleton<ITroubleshootingApi>(troubleshooting);
        return Render<AskPanel>(p => p.Add(x => x.OrderId, orderId));
    }

    private static void Type(IRenderedComponent<AskPanel> cut, string text) =>
        cut.Find("input[data-testid=ask-question]").Input(text);

    [Fact]
    public void IdleShowsOnlyTheQuestionBoxAndTheAskButtonIsDisabledUntilSomethingIsTyped()
    {
        var cut = RenderPanel();

        Assert.True(cut.Find("[data-testid=ask-button]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=ask-answer]"));
        Type(cut, "stock is wrong");
        Assert.False(cut.Find("[data-testid=ask-button]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task WhileAskingItShowsProgressThenTheAnswerWithFindingsFixesAndCitations()
    {
        var pending = new TaskCompletionSource<AskAnswer>();
        ask.Next = pending.Task;
        var orderId = Guid.NewGuid();
        var cut = RenderPanel(orderId);
        Type(cut, "why is my order stuck with an error");
        cut.Find("input[data-testid=ask-question]").KeyDown("Enter");

        Assert.NotNull(cut.Find("[data-testid=ask-progress]"));
        Assert.Equal("why is my order stuck with an error", ask.Asked!.Question);
        Assert.Equal(orderId, ask.Asked.OrderId);

        var action = new CheckAction("sfcc.add-canceled-status", Guid.NewGuid(), "canceled", "Add canceled");
        pending.SetResult(new AskAnswer(true, "Found in this workspace: No orders blocked by an exception: 2 open exceptions in 1 cause.", 0.8, true,
            [Result("orders.open-exceptions", CheckOutcome.Fail, new CheckFix("Open the Exceptions page.", "orders/exceptions")),
             Result("orders.canceled-status", CheckOutcome.Warn, new CheckFix("Add canceled to the statuses to push.", null, action)),
             Result("orders.push-enabled", CheckOutcome.Pass, null)],
            [new AskFix("orders.open-exceptions", "Exceptions", CheckOutcome.Fail, new CheckFix("Open the Exceptions page.", "orders/exceptions")),
             new AskFix("orders.canceled-status", "Canceled", CheckOutcome.Warn, new CheckFix("Add canceled to the statuses to push.", null, action))],
            [new AskCitation("order-exceptions", "Order exceptions", "What an exception is.", "Each exception says what went wrong.", 1)],
            new AskOrderContext(orderId, "5760001", OrderStatus.ReadyForFulfillment,
                [new OrderExceptionInfo(Guid.NewGuid(), Guid.NewGuid(), OrderExceptionType.UnknownSku, "m", "SKU X is not in Salesforce.", "Match the SKU.", null, null, null, DateTimeOffset.UtcNow, null)], [])));

        await cut.WaitForAssertionAsync(() => Assert.Contains("2 open exceptions", cut.Find("[data-testid=ask-answer]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("[data-testid=ask-progress]"));
        Assert.Equal("true", cut.Find("[data-testid=ask-answer]").GetAttribute("data-found"));
        Assert.Equal(["Fail", "Warn", "Pass"], cut.FindAll("[data-testid=ask-finding]").Select(f => f.GetAttribute("data-outcome")));
        Assert.Contains("SKU X is not in Salesforce.", cut.Find("[data-testid=ask-order-exceptions]").TextContent);
        var fixes = cut.FindAll("[data-testid=ask-fix]");
        Assert.Equal(2, fixes.Count);
        Assert.Equal("orders/exceptions", fixes[0].QuerySelector("a")!.GetAttribute("href"));
        var citation = cut.Find("[data-testid=ask-citation] a");
        Assert.Equal("help/order-exceptions", citation.GetAttribute("href"));

        cut.Find("[data-testid=ask-fix-action]").Click();
        await cut.WaitForAssertionAsync(() => Assert.Equal("Added canceled.", cut.Find("[data-testid=ask-fix-result]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Equal(action, Assert.Single(troubleshooting.Applied));
    }

    [Fact]
    public async Task NotFoundSaysSoAndOffersTheClosestArticles()
    {
        ask.Next = Task.FromResult(new AskAnswer(false, "I found nothing in the help that answers this question. The closest articles are below, in case one of them helps.",
            0.05, true, [], [], [new AskCitation("glossary", "Glossary", "Terms.", "Terms.", 0.2)], null));
        var cut = RenderPanel();
        Type(cut, "how do I bake bread");
        cut.Find("[data-testid=ask-button]").Click();

        await cut.WaitForAssertionAsync(() => Assert.Equal("false", cut.Find("[data-testid=ask-answer]").GetAttribute("data-found")), TimeSpan.FromSeconds(20));
        Assert.Contains("I found nothing in the help", cut.Find("[data-testid=ask-answer]").TextContent);
        Assert.Contains("Closest articles", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=ask-findings]"));
        Assert.Single(cut.FindAll("[data-testid=ask-citation]"));
    }

    [Fact]
    public async Task AnErrorIsShownWithTheServersWords()
    {
        ask.Next = Task.FromException<AskAnswer>(new ApiProblemException(HttpStatusCode.BadRequest, "Invalid", "The question can be at most 500 characters; it has 612."));
        var cut = RenderPanel();
        Type(cut, "x");
        cut.Find("[data-testid=ask-button]").Click();

        await cut.WaitForAssertionAsync(() => Assert.Contains("at most 500 characters", cut.Find("[data-testid=ask-error]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("[data-testid=ask-answer]"));
    }

    [Fact]
    public async Task AKeywordOnlyAnswerSaysTheModelIsStillLoading()
    {
        ask.Next = Task.FromResult(new AskAnswer(true, "“Glossary”: Terms.", 0.6, false, [], [], [new AskCitation("glossary", "Glossary", "Terms.", "Terms.", 1)], null));
        var cut = RenderPanel();
        Type(cut, "what is TTS");
        cut.Find("[data-testid=ask-button]").Click();

        await cut.WaitForAssertionAsync(() => Assert.Contains("keywords only", cut.Find("[data-testid=ask-answer]").TextContent), TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("http://localhost/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301", true)]
    [InlineData("http://localhost/orders/exceptions", false)]
    [InlineData("http://localhost/products/3f2504e0-4f89-11d3-9a0c-0305e82c3301", false)]
    public void TheDrawerAsksAboutTheOrderOfAnOrderPageOnly(string uri, bool isOrder) =>
        Assert.Equal(isOrder, AskDrawer.OrderOf(uri) is not null);

    private static CheckResultInfo Result(string key, CheckOutcome outcome, CheckFix? fix) =>
        new(key, key, CheckArea.OrderHealth, outcome, $"{key} summary", [$"{key} evidence"], fix, "order-exceptions", DateTimeOffset.UtcNow, 3);

    private sealed class FakeAskApi : IAskApi
    {
        public Task<AskAnswer> Next { get; set; } = Task.FromResult(new AskAnswer(false, "", 0, true, [], [], [], null));
        public AskRequest? Asked { get; private set; }

        public Task<AskAnswer> AskAsync(AskRequest request, CancellationToken ct = default)
        {
            Asked = request;
            return Next;
        }

        public int WarmUps { get; private set; }

        public Task<AskReadiness> WarmUpAsync(CancellationToken ct = default)
        {
            WarmUps++;
            return Task.FromResult(new AskReadiness(true));
        }
    }

    private sealed class FakeTroubleshootingActions : ITroubleshootingApi
    {
        public List<CheckAction> Applied { get; } = [];
        public Task<IReadOnlyList<CheckInfo>> ListAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<CheckResultInfo>> LatestAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<CheckSummaryInfo> SummaryAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<CheckResultInfo>> RunAllAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<CheckResultInfo> RunAsync(string key, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<CheckActionResult> ApplyAsync(CheckAction action, CancellationToken ct = default)
        {
            Applied.Add(action);
            return Task.FromResult(new CheckActionResult("Added canceled."));
        }
    }
}
