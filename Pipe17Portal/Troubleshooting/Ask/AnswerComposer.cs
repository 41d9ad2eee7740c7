using System.Text;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// Writes the answer's text from what was actually found, never anything else: the failing or warning checks' own summaries
/// (they name the broken thing in this workspace), else that the related checks pass, then the article to read; for an order,
/// its status and open exceptions; when the help does not cover the question, says so plainly.
/// </summary>
public static class AnswerComposer
{
    private const int MaxProblemsNamed = 3;

    public static string Compose(Retrieval retrieval, IReadOnlyList<CheckResultInfo> findings, AskOrderContext? order)
    {
        var text = new StringBuilder();
        if (order is not null)
        {
            text.Append(OrderSentence(order)).Append(' ');
        }
        if (!retrieval.Found)
        {
            text.Append(retrieval.Topics.Count == 0
                ? "I found nothing in the help about this question. Try other words, or send a support request."
                : "I found nothing in the help that answers this question. The closest articles are below, in case one of them helps.");
            return text.ToString().Trim();
        }

        var top = retrieval.Topics[0].Article;
        var problems = findings.Where(f => f.Outcome is CheckOutcome.Fail or CheckOutcome.Warn).ToList();
        if (problems.Count > 0)
        {
            text.Append(problems.Count == 1 ? "Found in this workspace: " : $"Found {problems.Count} problems in this workspace: ");
            text.Append(string.Join(" ", problems.Take(MaxProblemsNamed).Select(p => $"{p.Title}: {Sentence(p.Summary)}")));
            if (problems.Count > MaxProblemsNamed)
            {
                text.Append($" (and {problems.Count - MaxProblemsNamed} more below)");
            }
            text.Append($" The fixes are below; “{top.Title}” explains the background.");
        }
        else if (findings.Count > 0)
        {
            var passed = findings.Count(f => f.Outcome == CheckOutcome.Pass);
            text.Append(passed == findings.Count
                ? findings.Count == 1 ? "The related check passes in this workspace" : $"The {passed} related checks pass in this workspace"
                : $"{passed} of the {findings.Count} related checks pass in this workspace and the others could not run (see why below)");
            text.Append($", so the cause is not one the portal can see. “{top.Title}”: {Sentence(top.Summary)}");
        }
        else
        {
            text.Append($"“{top.Title}”: {Sentence(top.Summary)}");
        }
        return text.ToString().Trim();
    }

    private static string OrderSentence(AskOrderContext order) => order.OpenExceptions.Count switch
    {
        0 => $"Order {order.SourceOrderId} is {order.Status} and has no open exception.",
        1 => $"Order {order.SourceOrderId} is {order.Status} with an open exception: {ExceptionTitles.Title(order.OpenExceptions[0].Type)}: {Sentence(order.OpenExceptions[0].Cause)}",
        var n => $"Order {order.SourceOrderId} is {order.Status} with {n} open exceptions: "
            + string.Join("; ", order.OpenExceptions.Select(e => ExceptionTitles.Title(e.Type))) + ".",
    };

    private static string Sentence(string s)
    {
        s = s.Trim();
        return s.Length == 0 || ".!?".Contains(s[^1]) ? s : s + ".";
    }
}
