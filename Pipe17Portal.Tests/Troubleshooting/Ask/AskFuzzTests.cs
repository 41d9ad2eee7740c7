using System.Diagnostics;
using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Security;
using Pipe17Portal.Tests.Infrastructure;
using Pipe17Portal.Troubleshooting.Ask;
using Xunit.Abstractions;

namespace Pipe17Portal.Tests.Troubleshooting.Ask;

/// <summary>
/// §4 of issue 12: generated questions for the Ask panel (empty, blank, invisible, 100 KB, emoji, right-to-left text, control
/// characters and NUL, broken UTF-16, Lucene query syntax, SQL/HTML/script, hundreds of words) with the sentence model
/// loaded. Invalid input gets a 4xx that says what is wrong and how to fix it; anything else a 200 with a sensible answer;
/// never a 500. An answer costs about 20 ms (the model, then the related checks against the database), so of the 10,000
/// questions <see cref="ThroughHttp"/> go through POST /api/v1/ask, <see cref="ThroughService"/> to the same service
/// method in-process, <see cref="ThroughRetriever"/> through the service's check and hybrid retrieval (model included),
/// and the rest through the check and the keyword-only retrieval the service answers with while the model loads. The
/// generator's seed is fixed.
/// </summary>
public class AskFuzzTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const int Questions = 10_000;
    private const int ThroughHttp = 300;
    private const int ThroughService = 200;
    private const int ThroughRetriever = 500;
    private const ulong Seed = 122_026;

    public Task InitializeAsync() => factory.Services.GetRequiredService<HybridRetriever>().WarmUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TenThousandGeneratedQuestionsGetAClearRefusalOrASensibleAnswerNeverAServerError()
    {
        var member = await factory.CreateWorkspaceAsync();
        var browser = await factory.SignInAsync(member);
        var retriever = factory.Services.GetRequiredService<HybridRetriever>();
        Assert.True(retriever.SemanticReady);
        var questions = Question().Sample(Questions, new Rnd(Seed), 50);
        var watch = Stopwatch.StartNew();
        var counts = new SortedDictionary<string, int>();
        var times = new List<string>();
        var next = 0;

        // Through HTTP: the status and the problem document the panel shows. The body is written by hand so that exactly the
        // question's UTF-16 units are sent (a serializer would repair a broken surrogate).
        for (; next < ThroughHttp; next++)
        {
            var question = questions[next];
            using var response = await browser.PostAsync("/api/v1/ask", new StringContent($"{{\"question\":{JsonText(question)}}}", Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{Describe(question)} → {(int)response.StatusCode} {Shorten(body)}";
            Count(counts, $"HTTP {(int)response.StatusCode}");
            // Half a surrogate pair cannot be read as a JSON string at all: the body is refused before the service sees it.
            if ((HasBrokenCharacter(question) ? "Send JSON matching the schema" : Expected(question)) is { } refusal)
            {
                var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(problem.Detail.Contains(refusal, StringComparison.Ordinal), what);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, what);
                AssertSensible(await response.ReadAsync<AskAnswer>(), what);
            }
        }
        times.Add($"{ThroughHttp:N0} through HTTP in {watch.Elapsed.TotalSeconds:0.0} s");

        // The same service method in-process, as the same member, one scope per question as a request has.
        watch.Restart();
        var acting = new Member(member.WorkspaceId, member.UserId, null, member.Email, member.Role);
        for (; next < ThroughHttp + ThroughService; next++)
        {
            var question = questions[next];
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentMember>().ActAs(acting);
            var ask = scope.ServiceProvider.GetRequiredService<IAskApi>();
            if (Expected(question) is { } refusal)
            {
                var problem = await Assert.ThrowsAsync<ApiProblemException>(() => ask.AskAsync(new AskRequest { Question = question }));
                Count(counts, "service refused");
                Assert.True(problem.Status == HttpStatusCode.BadRequest && problem.Detail.Contains(refusal, StringComparison.Ordinal), $"{Describe(question)} → {problem.Status} {problem.Detail}");
            }
            else
            {
                AssertSensible(await ask.AskAsync(new AskRequest { Question = question }), Describe(question));
                Count(counts, "service answered");
            }
        }
        times.Add($"{ThroughService:N0} through the service in {watch.Elapsed.TotalSeconds:0.0} s");

        // The service's own check and retrieval: with the model, then keywords alone (as while the model loads).
        watch.Restart();
        for (; next < questions.Length; next++)
        {
            var semantic = next < ThroughHttp + ThroughService + ThroughRetriever;
            var question = questions[next];
            var problem = QuestionCheck.Problem(question.Trim());
            var refusal = Expected(question);
            Assert.True(problem is null ? refusal is null : refusal is not null && problem.Contains(refusal, StringComparison.Ordinal), $"{Describe(question)} → {problem ?? "answered"}");
            if (problem is null)
            {
                var retrieval = retriever.Retrieve(question.Trim(), useSemantic: semantic);
                AssertSensible(retrieval, AnswerComposer.Compose(retrieval, [], null), Describe(question));
            }
            Count(counts, $"{(semantic ? "hybrid" : "keywords")} {(problem is null ? "answered" : "refused")}");
        }
        times.Add($"{ThroughRetriever:N0} through hybrid and {questions.Length - ThroughHttp - ThroughService - ThroughRetriever:N0} through keyword retrieval in {watch.Elapsed.TotalSeconds:0.0} s");

        output.WriteLine($"{questions.Length:N0} questions: {string.Join("; ", times)}. {string.Join(", ", counts.Select(p => $"{p.Key} × {p.Value}"))}.");
    }

    [Fact]
    public async Task BodiesThatAreNotAQuestionGetAClear4xx()
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());
        (string Body, string ContentType, HttpStatusCode Status, string Says)[] cases =
        [
            ("""{"question":"\ud800 why"}""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""{"question":42}""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""{"question":["orders"]}""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""{"question":{"title":"orders"}}""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""{"question":"why","orderId":"not-a-guid"}""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""{"question":"why are my orders stuck""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("""[{"question":"why"}]""", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("\"why are my orders stuck\"", "application/json", HttpStatusCode.BadRequest, "JSON"),
            ("{}", "application/json", HttpStatusCode.BadRequest, "Type a question"),
            ("null", "application/json", HttpStatusCode.BadRequest, "Type a question"),
            ("""{"question":null}""", "application/json", HttpStatusCode.BadRequest, "Type a question"),
            ($$"""{"question":"why","orderId":"{{Guid.NewGuid()}}"}""", "application/json", HttpStatusCode.NotFound, "not found"),
            ("question=why", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "JSON"),
            ($$"""{"question":"{{new string('a', 2_000_000)}}"}""", "application/json", HttpStatusCode.RequestEntityTooLarge, "RequestLimits:ApiMaxBodyBytes"),
        ];

        foreach (var (body, contentType, status, says) in cases)
        {
            using var response = await browser.PostAsync("/api/v1/ask", new StringContent(body, Encoding.UTF8, contentType));

            var problem = await response.ReadProblemAsync(status);
            Assert.True(problem.Detail?.Contains(says, StringComparison.Ordinal) == true, $"{Shorten(body)} → {problem}");
        }
    }

    [Theory]
    [InlineData("why\0 are my orders stuck", "U+0000")]
    [InlineData("orders \u001b[31mstuck", "U+001B")]
    [InlineData("stuck\u009forders", "U+009F")]
    public async Task AQuestionWithAControlCharacterIsRefusedNamingIt(string question, string named)
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await browser.PostJsonAsync("/api/v1/ask", new AskRequest { Question = question })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.Detail);
        Assert.Contains("plain text", problem.Detail);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF \u200B\u2060")]
    public async Task AQuestionOfInvisibleCharactersIsRefusedAsEmpty(string question)
    {
        var browser = await factory.SignInAsync(await factory.CreateWorkspaceAsync());

        var problem = await (await browser.PostJsonAsync("/api/v1/ask", new AskRequest { Question = question })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Type a question", problem.Detail);
    }

    [Fact]
    public async Task AQuestionWithABrokenCharacterIsRefusedAskedInProcess()
    {
        var member = await factory.CreateWorkspaceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentMember>().ActAs(new Member(member.WorkspaceId, member.UserId, null, member.Email, member.Role));

        var problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            scope.ServiceProvider.GetRequiredService<IAskApi>().AskAsync(new AskRequest { Question = "why are my \uD800 orders stuck" }));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains("broken character", problem.Detail);
    }

    /// <summary>What the answer must say when the question is invalid (a phrase of the refusal), or null when it must be answered.</summary>
    private static string? Expected(string question)
    {
        var trimmed = question.Trim();
        if (!trimmed.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format))
        {
            return "Type a question";
        }
        if (trimmed.Length > AskRequest.MaxQuestionLength)
        {
            return $"at most {AskRequest.MaxQuestionLength} characters; it has {trimmed.Length}";
        }
        if (trimmed.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
        {
            return "control character";
        }
        return HasBrokenCharacter(trimmed) ? "broken character" : null;
    }

    /// <summary>Half of a surrogate pair (text that is not valid UTF-16).</summary>
    private static bool HasBrokenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text as a JSON string with every character outside printable ASCII escaped, so exactly its UTF-16 units are sent.</summary>
    private static string JsonText(string text)
    {
        var json = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            json.Append(c is >= ' ' and <= '~' and not ('"' or '\\') ? c.ToString() : $"\\u{(int)c:X4}");
        }
        return json.Append('"').ToString();
    }

    private static void AssertSensible(AskAnswer answer, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(answer.Text), what);
        Assert.InRange(answer.Confidence, 0, 1);
        Assert.True(answer.Citations.Count <= 3, what);
        Assert.All(answer.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Slug) || string.IsNullOrWhiteSpace(c.Title), what));
        if (answer.Found)
        {
            Assert.True(answer.Citations.Count > 0, $"{what}: found, but cites nothing");
        }
        else
        {
            Assert.True(answer.Text.StartsWith("I found nothing in the help", StringComparison.Ordinal), $"{what}: {answer.Text}");
            Assert.Empty(answer.Findings);
            Assert.Empty(answer.Fixes);
        }
        Assert.Null(answer.Order);
    }

    private static void AssertSensible(Retrieval retrieval, string text, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), what);
        Assert.InRange(retrieval.Confidence, 0, 1);
        Assert.All(retrieval.Topics, t => Assert.True(double.IsFinite(t.Score) && t.Score > 0, what));
        Assert.Equal(retrieval.Topics.OrderByDescending(t => t.Score).Select(t => t.Score), retrieval.Topics.Select(t => t.Score));
        if (retrieval.Found)
        {
            Assert.NotEmpty(retrieval.Topics);
        }
        else
        {
            Assert.True(text.StartsWith("I found nothing in the help", StringComparison.Ordinal), $"{what}: {text}");
        }
    }

    // ---- The generator: questions built from fragments of every kind, plus whole inputs that are blank or huge.

    private static readonly string[] Realistic =
    [
        "why are my orders not reaching Salesforce", "my products are not showing up", "what is TTS", "how do I map shipping methods",
        "inventory is not syncing to TikTok", "order stuck with an error", "what does unknown SKU mean", "how do I connect SFCC",
        "tracking numbers missing on TikTok", "why was my order cancelled", "price adjustment wrong", "api client scope missing",
    ];

    private static readonly string[] Lucene =
    [
        "title:(a OR", "*", "?", "~", "\"", "\\", "body:*", "orders~2", "\"unclosed phrase", "[a TO z]", "{x TO y}", "+orders -stuck",
        "a && b || !c", "(((", ")))", "^3", "keywords:/reg.*ex/", "title:", ":", "AND OR NOT", "*:*", "-", "\\\\\\",
    ];

    private static readonly string[] Injection =
    [
        "'; DROP TABLE Orders;--", "\" OR 1=1 --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}",
        "../../etc/passwd", "%00", "@Html.Raw(x)", "javascript:alert(1)", "<!--", "]]>", "SELECT * FROM Users", "\u202Egnp.exe",
    ];

    private static readonly string[] Unicode =
    [
        "🚀", "👩🏽‍💻", "📦📦📦", "لماذا طلباتي عالقة", "למה ההזמנות שלי תקועות", "注文が届かない", "Bestellungen hängen", "ﬁnancial",
        "e\u0301\u0301\u0301", "\u202Bright to left\u202C", "\u200Dzero\u200Cwidth", "ℌ𝔢𝔩𝔭", "İSTANBUL", "ß", "\uFFFD", "\uFEFF", "Ω≈ç√∫",
    ];

    private static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\b", "\u001b", "\u007f", "\u0085", "\u009f", "\t", "\n", "\r\n"];

    private static readonly string[] Blanks = [" ", "\t", "\n", "\r", "\u00A0", "\u2003", "\u3000", "\u2028", "\u200B", "\uFEFF", "\u2060"];

    private static Gen<string> Question() => Gen.Frequency(
        (1, Gen.Constant("")),
        (2, Gen.ArrayOf(Gen.Elements(Blanks)).Select(b => string.Concat(b))),
        (2, from length in Gen.Elements(501, 502, 640, 1_000, 10_000, 100_000)
            from words in Gen.Elements(Realistic)
            select Repeat(words + " ", length)),
        (1, from length in Gen.Elements(501, 5_000, 100_000) select new string('\u200B', length)),
        (2, from count in Gen.Choose(60, 260)
            from word in Gen.Elements("order", "sku", "a", "x", "tiktok", "salesforce", "zzz", "ship")
            select Cut(string.Join(' ', Enumerable.Repeat(word, count)), AskRequest.MaxQuestionLength)),
        (1, from length in Gen.Elements(200, 255, 256, 300, 499, 500) select new string('x', length)),
        (1, Gen.Elements(Realistic).Select(q => q + "\uD800")),
        (20, from count in Gen.Choose(1, 7)
             from parts in Gen.Frequency(
                 (4, Gen.Elements(Realistic)), (3, Gen.Elements(Lucene)), (2, Gen.Elements(Injection)), (3, Gen.Elements(Unicode)), (1, Gen.Elements(Controls))).ArrayOf(count)
             select string.Join(' ', parts)));

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }
        return builder.ToString(0, length).Trim().PadRight(length, 'x');
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Describe(string question) =>
        $"\"{Shorten(string.Concat(question.Take(201).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())))}\" ({question.Length} chars)";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
