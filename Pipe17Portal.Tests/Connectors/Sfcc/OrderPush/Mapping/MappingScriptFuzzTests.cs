using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

namespace Pipe17Portal.Tests.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Issue 12 §4: no generated script or mapping (10,000 each) throws, hangs or takes the process down; each ends as a
/// value, a recorded mapping failure with a message, or a validation error. The engine runs with a short time limit
/// here so the hostile cases stay fast; the limits themselves are proven in <see cref="MappingScriptTests"/>.
/// </summary>
public class MappingScriptFuzzTests
{
    private const int Cases = 10_000;
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);
    private static readonly MappingScriptLimits Fast = MappingScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(20), MaxStatements = 20_000 };
    private static readonly System.Text.Json.Nodes.JsonObject SourceDoc = MappingTestOrders.SourceDoc();

    [Property(MaxTest = Cases)]
    public Property EveryScriptEndsAsAValueOrAFailureThatSaysWhy() =>
        Prop.ForAll(MappingFuzz.Script.ToArbitrary(), script =>
        {
            var result = Bounded(() => MappingScript.Run(script, SourceDoc, Fast));
            if (result.Succeeded)
            {
                return JsonSerializer.Serialize(result.Value).Length <= Fast.MaxResultLength + 2;
            }
            return Enum.IsDefined(result.Failure!.Kind) && !string.IsNullOrWhiteSpace(result.Failure.Message)
                && MappingScript.Check(script, Fast) is var parsed && (parsed is null || parsed.Kind == result.Failure.Kind);
        });

    [Property(MaxTest = Cases)]
    public Property EveryMappingIsAcceptedOrRefusedWithAnErrorNamingAField() =>
        Prop.ForAll(MappingFuzz.Fields.ToArbitrary(), fields =>
        {
            var errors = Bounded(() => OrderMappingFields.Validate(fields));
            return errors.All(e => !string.IsNullOrWhiteSpace(e.Key) && e.Value.Length > 0 && e.Value.All(m => !string.IsNullOrWhiteSpace(m)))
                // Anything accepted can be described back to the page without error.
                && (errors.Count > 0 || Bounded(() => OrderMappingFields.Describe(fields)).Count > 0);
        });

    [Property(MaxTest = 2_000)]
    public Property AnOrderMappedWithHostileScriptsGivesADocumentOrProblemsAndNeverThrows() =>
        Prop.ForAll(MappingFuzz.ScriptedFields.ToArbitrary(), fields =>
        {
            var input = MappingTestOrders.Input(MappingTestOrders.Mapped(fields)) with { Budget = new MappingScriptBudget(TimeSpan.FromMilliseconds(40)) };
            var draft = Bounded(() => SfccOrderMapper.Map(input));
            return draft.IsReady
                ? draft.Problems.Count == 0 && draft.Document is not null
                : draft.Problems.Count > 0 && draft.Problems.All(p => p.Message.Length > 0 && p.Cause.Length > 0 && p.Fix.Length > 0);
        });

    // Found by the properties above: each once escaped MappingScript.Run as an exception (a 500 in Preview).
    [Theory]
    [InlineData("(() => { throw { toString() { throw 1; } }; })()", MappingScriptFailureKind.Runtime)]
    [InlineData("(() => { throw { toString() { while (true) {} } }; })()", MappingScriptFailureKind.Runtime)]
    [InlineData("'\\uD800'", MappingScriptFailureKind.UnusableResult)]
    [InlineData("[{ a: 'x\\uDC00' }]", MappingScriptFailureKind.UnusableResult)]
    public void AScriptThatThrowsAnUnprintableValueOrReturnsBrokenUnicodeIsAFailure(string script, MappingScriptFailureKind kind)
    {
        var result = Bounded(() => MappingScript.Run(script, SourceDoc));

        Assert.Equal(kind, result.Failure?.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure?.Message));
    }

    /// <summary>Runs off the test thread so a hang fails the property instead of stalling the run.</summary>
    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Hang), $"Did not finish within {Hang.TotalSeconds} s.");
        return task.Result;
    }
}
