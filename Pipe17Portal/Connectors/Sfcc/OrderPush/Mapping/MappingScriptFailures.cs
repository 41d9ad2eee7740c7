using System.Globalization;
using System.Text.RegularExpressions;
using Acornima;
using Jint;
using Jint.Runtime;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Turns what Jint throws into a <see cref="MappingScriptFailure"/> a merchant can act on: the engine's own words, where
/// in the script (line and column, 1-based) when the engine knows, and what the limit was when one was hit.
/// </summary>
internal static partial class MappingScriptFailures
{
    public static MappingScriptFailure Syntax(Exception exception)
    {
        var parse = exception as ParseErrorException ?? exception.InnerException as ParseErrorException;
        if (parse is null)
        {
            return new MappingScriptFailure(MappingScriptFailureKind.Syntax, $"The script is not valid JavaScript: {exception.Message}");
        }
        int line = parse.LineNumber, column = parse.Column + 1;
        return new MappingScriptFailure(MappingScriptFailureKind.Syntax,
            string.Create(CultureInfo.InvariantCulture, $"Syntax error at line {line}, column {column}: {parse.Description}."), line, column);
    }

    public static MappingScriptFailure From(Exception exception, MappingScriptLimits limits) => exception switch
    {
        JavaScriptException js when IsStackExhausted(js) => Limit(MappingScriptFailureKind.RecursionLimit,
            "The script nested calls too deeply (endless recursion, or a value nested thousands of levels deep) and was stopped", js),
        JavaScriptException js => Thrown(js),
        StatementsCountOverflowException => Limit(MappingScriptFailureKind.StatementLimit,
            string.Create(CultureInfo.InvariantCulture, $"The script ran more than {limits.MaxStatements:N0} statements (an endless loop?) and was stopped"), exception),
        MemoryLimitExceededException => Limit(MappingScriptFailureKind.MemoryLimit,
            string.Create(CultureInfo.InvariantCulture, $"The script used more memory than allowed ({limits.MaxMemoryBytes / (1024 * 1024):N0} MB, arrays of at most {limits.MaxArrayLength:N0} items) and was stopped"), exception),
        OutOfMemoryException => Limit(MappingScriptFailureKind.MemoryLimit, "The script ran out of memory and was stopped", exception),
        InsufficientExecutionStackException => Limit(MappingScriptFailureKind.RecursionLimit,
            "The script nested calls too deeply and was stopped", exception),
        RecursionDepthOverflowException => Limit(MappingScriptFailureKind.RecursionLimit,
            string.Create(CultureInfo.InvariantCulture, $"The script's functions called each other more than {limits.MaxRecursion} levels deep (endless recursion?) and was stopped"), exception),
        RegexMatchTimeoutException => new MappingScriptFailure(MappingScriptFailureKind.Timeout,
            string.Create(CultureInfo.InvariantCulture, $"A regular expression in the script ran longer than {limits.Timeout.TotalMilliseconds:N0} ms and was stopped. Engine: the regex engine timed out (nested quantifiers such as (a+)+ backtrack without end).")),
        TimeoutException or ExecutionCanceledException => Limit(MappingScriptFailureKind.Timeout,
            string.Create(CultureInfo.InvariantCulture, $"The script ran longer than {limits.Timeout.TotalMilliseconds:N0} ms and was stopped"), exception),
        ScriptPreparationException or ParseErrorException => Syntax(exception),
        _ => new MappingScriptFailure(MappingScriptFailureKind.Runtime, $"The script engine stopped the script: {exception.Message}"),
    };

    /// <summary>The script finished, but JSON.stringify refused its value (a cycle, a BigInt, a getter that threw).</summary>
    public static MappingScriptFailure Unusable(JavaScriptException js)
    {
        var error = ErrorText(js);
        return new MappingScriptFailure(MappingScriptFailureKind.UnusableResult,
            $"The script's value could not be turned into JSON: {error.TrimEnd('.')}. Return plain objects, arrays, strings and numbers.");
    }

    private static MappingScriptFailure Thrown(JavaScriptException js)
    {
        var (line, column) = Where(js);
        var error = ErrorText(js);
        var where = line is null ? "" : string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {column}");
        var message = $"The script failed{where}: {error.TrimEnd('.')}.";
        if (error.StartsWith("ReferenceError", StringComparison.Ordinal))
        {
            message += " Scripts can read sourcedoc and use standard JavaScript only; .NET types, files, require and imports are not available.";
        }
        else if (error.Contains("String compilation has been disabled", StringComparison.Ordinal))
        {
            message += " eval and new Function are not available in mapping scripts.";
        }
        return new MappingScriptFailure(MappingScriptFailureKind.Runtime, message, line, column);
    }

    private static MappingScriptFailure Limit(MappingScriptFailureKind kind, string what, Exception exception)
    {
        var (line, column) = exception is JavaScriptException js ? Where(js) : (null, null);
        var where = line is null ? "" : string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {column}");
        return new MappingScriptFailure(kind, $"{what}{where}. Engine: {exception.Message}", line, column);
    }

    /// <summary>
    /// What the script threw, as text. Turning a thrown object into text runs its own toString, which is script code
    /// and may throw again (or loop until the engine's limits stop it); then the error is described without it.
    /// </summary>
    private static string ErrorText(JavaScriptException js)
    {
        if (!js.Error.IsObject())
        {
            return js.Message;
        }
        try
        {
            return js.Error.ToString();
        }
        catch (Exception)
        {
            return "the script threw an object that cannot be turned into text (its toString failed)";
        }
    }

    public static bool IsStackExhausted(JavaScriptException js) =>
        js.Message.Contains("Maximum call stack size exceeded", StringComparison.Ordinal);

    /// <summary>
    /// Where in the merchant's script the error happened. An error raised inside a guard (e.g. an oversized repeat)
    /// is located at the guard, so the nearest frame of the script on the JavaScript stack is used instead.
    /// </summary>
    private static (int? Line, int? Column) Where(JavaScriptException js)
    {
        if (js.Location.SourceFile == MappingScript.SourceName && js.Location.Start.Line > 0)
        {
            return (js.Location.Start.Line, js.Location.Start.Column + 1);
        }
        var frame = ScriptFrame().Match(js.JavaScriptStackTrace ?? "");
        return frame.Success
            ? (int.Parse(frame.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(frame.Groups[2].Value, CultureInfo.InvariantCulture))
            : (null, null);
    }

    [GeneratedRegex(MappingScript.SourceName + @":(\d+):(\d+)")]
    private static partial Regex ScriptFrame();
}
