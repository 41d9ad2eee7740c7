using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Runs one merchant mapping script over <c>sourcedoc</c> in a Jint engine of its own. Scripts are written by merchants
/// and run inside the portal's process, so the engine is strict, has no CLR access and nothing registered but
/// <c>sourcedoc</c> (parsed as JSON inside the engine, never a wrapped .NET object), and runs under
/// <see cref="MappingScriptLimits"/>. Every failure comes back as a <see cref="MappingScriptResult"/>, never as an
/// exception, with the engine's error and where in the script it happened.
/// </summary>
public static class MappingScript
{
    /// <summary>The name scripts are parsed under; it is how errors inside the script are told from the guards'.</summary>
    internal const string SourceName = "mapping-script";

    private const string ResultName = "__portalMappingResult";
    private const string StringifyName = "__portalStringify";

    private static readonly Prepared<Script> StringifyResult =
        Engine.PrepareScript($"{StringifyName}({ResultName})", "portal-result", strict: true);

    // The first script of a process would pay for JIT-compiling the interpreter and could hit the time limit; one
    // untimed run up front takes that cost outside any merchant's budget.
    private static readonly bool WarmedUp = WarmUp();

    public static MappingScriptResult Run(string script, JsonObject sourceDoc) =>
        Run(script, sourceDoc, MappingScriptLimits.Default);

    public static MappingScriptResult Run(string script, JsonObject sourceDoc, MappingScriptLimits limits)
    {
        ArgumentNullException.ThrowIfNull(sourceDoc);
        ArgumentNullException.ThrowIfNull(limits);
        _ = WarmedUp;
        if (Prepare(script, limits, out var prepared) is { } refused)
        {
            return MappingScriptResult.Failed(refused);
        }
        try
        {
            var engine = CreateEngine(limits);
            engine.Evaluate(MappingScriptGuards.For(limits));
            engine.SetValue("sourcedoc", new JsonParser(engine).Parse(sourceDoc.ToJsonString()));
            var stringify = engine.GetValue("JSON").Get("stringify");

            var value = engine.Evaluate(prepared);

            // JSON.stringify can run script code (getters, toJSON), so it runs as a second evaluation under the same
            // limits, with the guarded stringify captured before the merchant's script could replace it.
            engine.SetValue(ResultName, value);
            engine.SetValue(StringifyName, stringify);
            JsValue json;
            try
            {
                json = engine.Evaluate(StringifyResult);
            }
            catch (JavaScriptException exception) when (!MappingScriptFailures.IsStackExhausted(exception))
            {
                return MappingScriptResult.Failed(MappingScriptFailures.Unusable(exception));
            }
            return ToResult(json, limits);
        }
        catch (Exception exception)
        {
            return MappingScriptResult.Failed(Describe(exception, limits));
        }
    }

    /// <summary>Describing a failure may read script values; whatever happens then, the run still ends as a failure.</summary>
    private static MappingScriptFailure Describe(Exception exception, MappingScriptLimits limits)
    {
        try
        {
            return MappingScriptFailures.From(exception, limits);
        }
        catch (Exception)
        {
            return new MappingScriptFailure(MappingScriptFailureKind.Runtime, $"The script failed ({exception.GetType().Name}) and its error could not be described.");
        }
    }

    /// <summary>Parses the script without running it: null when it could run, otherwise why not (for validation).</summary>
    public static MappingScriptFailure? Check(string? script) =>
        Check(script, MappingScriptLimits.Default);

    public static MappingScriptFailure? Check(string? script, MappingScriptLimits limits) =>
        Prepare(script, limits, out _);

    /// <summary>
    /// Parsed scripts by text and length limit: every order of a push runs the same few scripts, and parsing is the
    /// costly part of a run. A prepared script is immutable; each run still gets an engine of its own.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), (MappingScriptFailure?, Prepared<Script>)> Parsed = new();
    private const int MaxParsed = 512;

    private static MappingScriptFailure? Prepare(string? script, MappingScriptLimits limits, out Prepared<Script> prepared)
    {
        if (script is not null && Parsed.TryGetValue((script, limits.MaxLength), out var cached))
        {
            prepared = cached.Item2;
            return cached.Item1;
        }
        var failure = PrepareOnce(script, limits, out prepared);
        if (script is not null)
        {
            if (Parsed.Count >= MaxParsed)
            {
                Parsed.Clear();
            }
            Parsed[(script, limits.MaxLength)] = (failure, prepared);
        }
        return failure;
    }

    private static MappingScriptFailure? PrepareOnce(string? script, MappingScriptLimits limits, out Prepared<Script> prepared)
    {
        prepared = default;
        if (string.IsNullOrWhiteSpace(script))
        {
            return new MappingScriptFailure(MappingScriptFailureKind.Syntax, "The script is empty. Write an expression whose value is the field's value, e.g. sourcedoc.orderNumber.");
        }
        if (script.Length > limits.MaxLength)
        {
            return new MappingScriptFailure(MappingScriptFailureKind.TooLong,
                string.Create(CultureInfo.InvariantCulture, $"The script is {script.Length:N0} characters long; the limit is {limits.MaxLength:N0}."));
        }
        try
        {
            prepared = Engine.PrepareScript(script, SourceName, strict: true);
        }
        catch (Exception exception) when (exception is ScriptPreparationException or ParseErrorException)
        {
            return MappingScriptFailures.Syntax(exception);
        }
        // BigInt arithmetic and printing run natively with no limit checks (printing a huge one takes seconds).
        if (prepared.Program?.DescendantNodesAndSelf().OfType<BigIntLiteral>().FirstOrDefault() is { } bigInt)
        {
            var (line, column) = (bigInt.Location.Start.Line, bigInt.Location.Start.Column + 1);
            return new MappingScriptFailure(MappingScriptFailureKind.Syntax,
                string.Create(CultureInfo.InvariantCulture, $"BigInt numbers (like {bigInt.Raw}) cannot be used in mapping scripts (line {line}, column {column}). Use ordinary numbers."),
                line, column);
        }
        return null;
    }

    private static Engine CreateEngine(MappingScriptLimits limits) => new(options =>
    {
        options.Strict()
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitMemory(limits.MaxMemoryBytes)
            .LimitRecursion(limits.MaxRecursion);
        // Native recursion (JSON.stringify, flat, toString of deeply nested values) would otherwise end the process.
        options.Constraints.StackOverflowGuard = true;
        options.Constraints.RegexTimeout = limits.Timeout;
        options.Constraints.MaxArraySize = limits.MaxArrayLength;
        options.Interop.Enabled = false;
        options.Host.StringCompilationAllowed = false;
        options.TimeZone = TimeZoneInfo.Utc;
        options.Culture = CultureInfo.InvariantCulture;
    });

    private static MappingScriptResult ToResult(JsValue json, MappingScriptLimits limits)
    {
        if (!json.IsString())
        {
            return MappingScriptResult.Ok(null);
        }
        var text = json.AsString();
        if (text.Length > limits.MaxResultLength)
        {
            return MappingScriptResult.Failed(new MappingScriptFailure(MappingScriptFailureKind.UnusableResult,
                string.Create(CultureInfo.InvariantCulture, $"The script's value is {text.Length:N0} characters of JSON; a field's value can be at most {limits.MaxResultLength:N0}.")));
        }
        try
        {
            var value = JsonNode.Parse(text);
            // JSON.stringify writes an unpaired surrogate ('\uD800') as an escape that parses, but no JSON writer can send
            // it on to Salesforce; writing it once here turns that into the field's failure instead of a crash later.
            _ = value?.ToJsonString();
            return MappingScriptResult.Ok(value);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException
            || (exception is JsonException && exception.InnerException is InvalidOperationException or ArgumentException))
        {
            return MappingScriptResult.Failed(new MappingScriptFailure(MappingScriptFailureKind.UnusableResult,
                "The script's value contains broken Unicode text (half of a character pair, such as '\\uD800'), which cannot be sent to Salesforce. Return whole characters only."));
        }
        catch (JsonException exception)
        {
            return MappingScriptResult.Failed(new MappingScriptFailure(MappingScriptFailureKind.UnusableResult,
                $"The script's value could not be read as JSON ({exception.Message}). Return plain objects, arrays, strings and numbers."));
        }
    }

    private static bool WarmUp()
    {
        try
        {
            var doc = new JsonObject { ["payments"] = new JsonArray(new JsonObject { ["amount"] = 1m }) };
            Run("((sourcedoc) => { return [{ \"payment_method_id\": 'TTS', \"amount\": sourcedoc.payments[0].amount }] })(sourcedoc)",
                doc, MappingScriptLimits.Default with { Timeout = TimeSpan.FromSeconds(30) });
        }
        catch (Exception)
        {
            // Warming up is only an optimisation; a real run reports its own problems.
        }
        return true;
    }
}
