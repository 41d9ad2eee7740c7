using System.Text.RegularExpressions;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// What kind of question it is, from its wording alone: a problem ("not showing", "wrong", "error", "stopped"), a request for a
/// definition ("what is TTS", "what does … mean"), or how to set something up. Troubleshooting articles and setup articles
/// share most of their words ("sync settings" vs "orders not pushed"), so the kind of question breaks near-ties between them:
/// a problem leans to Troubleshooting, a definition to Concepts, anything else to Setup and Concepts.
/// </summary>
public static partial class QuestionIntent
{
    public enum Kind
    {
        HowTo = 0,
        Problem = 1,
        Definition = 2,
    }

    public static Kind Of(string question)
    {
        var q = question.ToLowerInvariant();
        if (Problem().IsMatch(q))
        {
            return Kind.Problem;
        }
        return Definition().IsMatch(q) ? Kind.Definition : Kind.HowTo;
    }

    /// <summary>+1 when the article's category suits the question's kind, −1 when it does not, 0 otherwise.</summary>
    public static int Fit(Kind kind, HelpCategory category) => (kind, category) switch
    {
        (Kind.Problem, HelpCategory.Troubleshooting) => 1,
        (Kind.Problem, _) => 0,
        (Kind.Definition, HelpCategory.Concepts) => 1,
        (_, HelpCategory.Troubleshooting) => -1,
        _ => 0,
    };

    [GeneratedRegex(@"\b(not|no|never|nothing|wrong|errors?|fail(s|ed|ing)?|missing|stuck|broken|cant|can't|cannot|won'?t|didn'?t|doesn'?t|don'?t|isn'?t|aren'?t|stopped|reject(s|ed)?|invalid|unauthori[sz]ed|empty|still|anymore|keeps?)\b")]
    private static partial Regex Problem();

    [GeneratedRegex(@"^\s*(what\s+is|what's|whats|what\s+are|what\s+does\s+.+\s+(mean|stand\s+for)|define|meaning\s+of)\b")]
    private static partial Regex Definition();
}
