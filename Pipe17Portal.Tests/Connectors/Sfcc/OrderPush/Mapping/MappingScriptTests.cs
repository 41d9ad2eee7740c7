using System.Diagnostics;
using System.Text.Json.Nodes;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

public class MappingScriptTests
{
    /// <summary>Only to prove a script did not hang; the limits themselves are far below this.</summary>
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(2);

    [Fact]
    public void TheSetupGuidesPaymentScriptPaysTheOrderTotalWithTts()
    {
        var result = MappingScript.Run(OrderMappingFields.DefaultPaymentScript, MappingTestOrders.SourceDoc());

        Assert.True(result.Succeeded, result.Failure?.Message);
        var payment = Assert.Single(Assert.IsType<JsonArray>(result.Value))!.AsObject();
        Assert.Equal("TTS", (string?)payment["payment_method_id"]);
        Assert.Equal(64.31m, (decimal)payment["amount"]!);
        Assert.Equal(2, payment.Count);
    }

    [Theory]
    [InlineData("sourcedoc.shipping.optionName", "\"Standard shipping\"")]
    [InlineData("const total = sourcedoc.lines.reduce((sum, l) => sum + l.quantity, 0);\ntotal", "3")]
    [InlineData("sourcedoc.buyer.company", "null")]
    [InlineData("undefined", "null")]
    [InlineData("(() => {})", "null")]
    [InlineData("({ id: sourcedoc.orderNumber, skus: sourcedoc.lines.map(l => l.sku).join('|') })", "{\"id\":\"576461413038785752\",\"skus\":\"TS-RED-M|CAP-BLK\"}")]
    public void TheScriptsCompletionValueIsItsResult(string script, string expectedJson)
    {
        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc());

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(expectedJson, result.Value?.ToJsonString() ?? "null");
    }

    [Fact]
    public void OnlySourcedocAndStandardJavaScriptAreVisible()
    {
        var result = MappingScript.Run(
            "[typeof System, typeof importNamespace, typeof require, typeof clr, typeof Uint8Array, typeof BigInt, Object.keys(globalThis).join(',')]",
            MappingTestOrders.SourceDoc());

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("[\"undefined\",\"undefined\",\"undefined\",\"undefined\",\"undefined\",\"undefined\",\"sourcedoc\"]", result.Value!.ToJsonString());
    }

    [Fact]
    public void AScriptChangingSourcedocDoesNotChangeTheOrdersDocument()
    {
        var doc = MappingTestOrders.SourceDoc();

        var result = MappingScript.Run("sourcedoc.total = 0; sourcedoc.total", doc);

        Assert.Equal("0", result.Value!.ToJsonString());
        Assert.Equal(64.31m, (decimal)doc["total"]!);
    }

    public static TheoryData<string, MappingScriptFailureKind, string, int?> Failures => new()
    {
        { "const a = 1;\nconst b = ;", MappingScriptFailureKind.Syntax, "Syntax error at line 2, column 11", 2 },
        { "let let = 1", MappingScriptFailureKind.Syntax, "line 1", 1 },
        { "const a = 1;\nsourcedoc.nope.deeper", MappingScriptFailureKind.Runtime, "at line 2, column 16: TypeError: Cannot read properties of undefined (reading 'deeper')", 2 },
        { "undeclared = 5", MappingScriptFailureKind.Runtime, "ReferenceError: undeclared is not defined", 1 },
        { "throw new Error('no payment for ' + sourcedoc.orderNumber)", MappingScriptFailureKind.Runtime, "Error: no payment for 576461413038785752", 1 },
        { "while (true) {}", MappingScriptFailureKind.StatementLimit, "more than 100,000 statements", null },
        { "try { while (true) {} } catch (e) {}\n'swallowed'", MappingScriptFailureKind.StatementLimit, "statements", null },
        { "let a = []; while (true) a.push('x'.repeat(1e6))", MappingScriptFailureKind.MemoryLimit, "more memory than allowed", null },
        { "let s = 'xy'; while (true) s = s + s", MappingScriptFailureKind.MemoryLimit, "more memory than allowed", null },
        { "new Array(1e8).fill(0)", MappingScriptFailureKind.MemoryLimit, "more memory than allowed", null },
        { "function f(n) { return f(n + 1) }\nf(0)", MappingScriptFailureKind.RecursionLimit, "more than 64 levels deep", null },
        { "/(a+)+$/.test('a'.repeat(40) + 'b')", MappingScriptFailureKind.Timeout, "longer than 250 ms", null },
        { "System.IO.File.ReadAllText('/etc/passwd')", MappingScriptFailureKind.Runtime, "ReferenceError: System is not defined", 1 },
        { "importNamespace('System.IO').File.ReadAllText('/etc/passwd')", MappingScriptFailureKind.Runtime, "ReferenceError: importNamespace is not defined", 1 },
        { "require('fs').readFileSync('/etc/passwd')", MappingScriptFailureKind.Runtime, "ReferenceError: require is not defined", 1 },
        { "eval('1 + 1')", MappingScriptFailureKind.Runtime, "eval and new Function are not available", 1 },
        { "new Function('return 1')()", MappingScriptFailureKind.Runtime, "eval and new Function are not available", 1 },
        { "sourcedoc.constructor.constructor('return this')()", MappingScriptFailureKind.Runtime, "eval and new Function are not available", 1 },
        { "const o = {}; o.self = o; o", MappingScriptFailureKind.UnusableResult, "could not be turned into JSON", null },
        { "({ get total() { while (true) {} } })", MappingScriptFailureKind.StatementLimit, "statements", null },
        { "10n ** 1000000n", MappingScriptFailureKind.Syntax, "BigInt", 1 },
        { "'x'.repeat(2e8).length", MappingScriptFailureKind.Runtime, "repeat would make a string longer than 1000000 characters", 1 },
        { "'x'.repeat(1e5).replaceAll('x', 'x'.repeat(1e4)).length", MappingScriptFailureKind.Runtime, "replaceAll would make a string longer", 1 },
        { "'x'.repeat(1e5).replace(/x/g, 'x'.repeat(1e4)).length", MappingScriptFailureKind.Runtime, "replace would make a string longer", 1 },
        { "const big = 'x'.repeat(1e6);\nbig.concat(big).length", MappingScriptFailureKind.Runtime, "concat would make a string longer", 2 },
        { "const big = 'x'.repeat(1e6);\nArray(1000).fill(big).join('').length", MappingScriptFailureKind.Runtime, "join would make a string longer", 2 },
        { "String(Array(1000).fill('x'.repeat(1e6))).length", MappingScriptFailureKind.Runtime, "join would make a string longer", 1 },
        { "'x'.padEnd(5e8).length", MappingScriptFailureKind.Runtime, "padEnd would make a string longer", 1 },
        { "new ArrayBuffer(2e9)", MappingScriptFailureKind.Runtime, "ArrayBuffer is not defined", 1 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void EveryKindOfScriptErrorEndsAsAFailureWithoutHanging(string script, MappingScriptFailureKind kind, string messagePart, int? line)
    {
        // On a loaded machine the clock could stop a script before the limit under test does, so only the timeout cases
        // keep the default 250 ms; the other limits are the defaults either way.
        var limits = kind == MappingScriptFailureKind.Timeout ? MappingScriptLimits.Default : MappingScriptLimits.Default with { Timeout = TimeSpan.FromSeconds(1.5) };
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc(), limits);

        clock.Stop();
        Assert.False(result.Succeeded, $"expected a failure, got {result.Value?.ToJsonString()}");
        Assert.Equal(kind, result.Failure.Kind);
        Assert.Contains(messagePart, result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(line, result.Failure.Line);
        Assert.Null(result.Value);
        Assert.True(clock.Elapsed < NoHang, $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("let a = []; while (true) a.push('x'.repeat(1e6))")]
    [InlineData("function f(n) { return f(n + 1) }\nf(0)")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    public void TheDefaultLimitsStopRunawayScriptsWellUnderASecond(string script)
    {
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc());

        Assert.False(result.Succeeded);
        Assert.True(clock.Elapsed < NoHang, $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\na.flat(Infinity).length")]
    [InlineData("let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\nString(a).length")]
    public void ValuesNestedDeeperThanTheStackFailInsteadOfEndingTheProcess(string script)
    {
        // Generous steps and memory so the nesting gets deep enough to exhaust the native stack of any thread.
        var limits = MappingScriptLimits.Default with { MaxStatements = 2_000_000, MaxMemoryBytes = 512L * 1024 * 1024, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc(), limits);

        Assert.False(result.Succeeded);
        Assert.Equal(MappingScriptFailureKind.RecursionLimit, result.Failure.Kind);
        Assert.Contains("deep", result.Failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("let a = [];\nwhile (true) a = [a];")]
    [InlineData("let a = [];\nfor (let i = 0; i < 30000; i++) a = [a];\na.flat(Infinity).length")]
    [InlineData("let a = {};\nfor (let i = 0; i < 30000; i++) a = { a };\nJSON.stringify(a).length")]
    [InlineData("let a = [];\nfor (let i = 0; i < 30000; i++) a = [a];\nString(a).length")]
    [InlineData("let f = () => 1;\nfor (let i = 0; i < 30000; i++) f = f.bind(null);\nf()")]
    public void DeepNestingUnderTheDefaultLimitsEndsQuickly(string script)
    {
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc());

        // Whether the stack, the steps or the memory runs out first depends on the thread; it must end either way.
        Assert.True(clock.Elapsed < NoHang, $"took {clock.Elapsed}: {result.Failure?.Message}");
    }

    [Theory]
    [InlineData("let a = {};\nfor (let i = 0; i < 5000; i++) a = { a };\nJSON.stringify(a).length")]
    [InlineData("let a = {};\nfor (let i = 0; i < 5000; i++) a = { a };\na")]
    [InlineData("({ toJSON() { let a = {}; for (let i = 0; i < 5000; i++) a = { a }; return a } })")]
    [InlineData("let a = {};\nfor (let i = 0; i < 33; i++) a = { a };\nJSON.stringify(a, null, 2).length")]
    public void JsonOfValuesNestedDeeperThanAnyDocumentIsRefused(string script)
    {
        // Without the depth guard, JSON.stringify of a value nested 30,000 deep takes seconds with no limit checked.
        var limits = MappingScriptLimits.Default with { Timeout = TimeSpan.FromSeconds(1.5) };
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc(), limits);

        Assert.False(result.Succeeded);
        Assert.Contains("nested more than 32 levels deep", result.Failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < NoHang, $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("JSON.stringify({ b: [1, { c: 'x' }], a: null })", "{\"b\":[1,{\"c\":\"x\"}],\"a\":null}")]
    [InlineData("JSON.stringify({ b: 1, a: 2, c: { a: 3, d: 4 } }, ['a', 'c'])", "{\"a\":2,\"c\":{\"a\":3}}")]
    [InlineData("JSON.stringify({ a: 1, b: 'x' }, (k, v) => typeof v === 'number' ? v * 10 : v)", "{\"a\":10,\"b\":\"x\"}")]
    [InlineData("JSON.stringify([1, 2], null, 1)", "[\n 1,\n 2\n]")]
    [InlineData("JSON.stringify({ when: new Date(0) })", "{\"when\":\"1970-01-01T00:00:00.000Z\"}")]
    [InlineData("JSON.stringify(undefined) === undefined ? 'undefined' : 'defined'", "undefined")]
    [InlineData("['a', null, 3].join('-') + '|' + [1, [2, 3]].toString() + '|' + 'ab'.padStart(4, '.') + '|' + 'x'.concat('y', 1)", "a--3|1,2,3|..ab|xy1")]
    [InlineData("'2 Main  St'.replace(/\\s+/g, ' ') + '|' + 'a-b-c'.replaceAll('-', '$&$&') + '|' + 'ab'.repeat(2)", "2 Main St|a--b--c|abab")]
    public void GuardedBuiltInsBehaveAsUsual(string script, string expected)
    {
        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc());

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(expected, (string?)result.Value);
    }

    [Fact]
    public void TheClockStopsAScriptTheStepLimitWouldAllow()
    {
        // Jint counts every allocation, garbage included, so memory is raised too: only the clock may stop this loop.
        var limits = MappingScriptLimits.Default with { MaxStatements = int.MaxValue, MaxMemoryBytes = 1024L * 1024 * 1024 };
        var clock = Stopwatch.StartNew();

        var result = MappingScript.Run("let i = 0;\nwhile (true) { i++ }", MappingTestOrders.SourceDoc(), limits);

        Assert.Equal(MappingScriptFailureKind.Timeout, result.Failure?.Kind);
        Assert.Contains("ran longer than 250 ms", result.Failure!.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < NoHang, $"took {clock.Elapsed}");
    }

    [Fact]
    public void AScriptLongerThanTheLimitIsNotRun()
    {
        var script = "1;" + new string(' ', MappingScriptLimits.Default.MaxLength);

        var result = MappingScript.Run(script, MappingTestOrders.SourceDoc());

        Assert.Equal(MappingScriptFailureKind.TooLong, result.Failure?.Kind);
        Assert.Contains("the limit is 20,000", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AResultLargerThanTheLimitIsRefused()
    {
        var result = MappingScript.Run("'x'.repeat(200000)", MappingTestOrders.SourceDoc());

        Assert.Equal(MappingScriptFailureKind.UnusableResult, result.Failure?.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyScriptIsASyntaxFailure(string script) =>
        Assert.Equal(MappingScriptFailureKind.Syntax, MappingScript.Run(script, MappingTestOrders.SourceDoc()).Failure?.Kind);

    [Fact]
    public void CheckParsesWithoutRunning()
    {
        var clock = Stopwatch.StartNew();

        Assert.Null(MappingScript.Check("while (true) {}"));
        Assert.Null(MappingScript.Check(OrderMappingFields.DefaultPaymentScript));
        var failure = MappingScript.Check("((sourcedoc) => {\n  return [{ payment_method_id: 'TTS' }\n})(sourcedoc)");

        Assert.True(clock.Elapsed < NoHang);
        Assert.Equal(MappingScriptFailureKind.Syntax, failure?.Kind);
        Assert.Equal(3, failure!.Line);
        Assert.StartsWith("Syntax error at line 3", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyScriptsCanRunAtOnce()
    {
        var doc = MappingTestOrders.SourceDoc();

        var results = Enumerable.Range(0, 16).AsParallel()
            .Select(i => i % 2 == 0 ? MappingScript.Run(OrderMappingFields.DefaultPaymentScript, doc) : MappingScript.Run("while (true) {}", doc))
            .ToList();

        Assert.Equal(8, results.Count(r => r.Succeeded));
        Assert.Equal(8, results.Count(r => r.Failure?.Kind == MappingScriptFailureKind.StatementLimit));
    }
}
