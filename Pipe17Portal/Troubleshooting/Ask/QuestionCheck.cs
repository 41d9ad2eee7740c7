using System.Globalization;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// What is wrong with a question, in words the merchant can act on, or null when it can be answered: nothing visible in it
/// (blank, or only invisible characters such as zero-width spaces), longer than <see cref="AskRequest.MaxQuestionLength"/>,
/// a control character that is not spacing (NUL, escape codes: a paste from a terminal or a binary file), or half of a
/// character that needs two UTF-16 units (a cut emoji). Spacing (tabs, line breaks) is fine.
/// </summary>
public static class QuestionCheck
{
    /// <param name="question">Already trimmed.</param>
    public static string? Problem(string question)
    {
        if (!question.Any(IsVisible))
        {
            return "Type a question, for example “why are my orders not reaching Salesforce”.";
        }
        if (question.Length > AskRequest.MaxQuestionLength)
        {
            return $"The question can be at most {AskRequest.MaxQuestionLength} characters; it has {question.Length}. Ask about one thing at a time.";
        }
        for (var i = 0; i < question.Length; i++)
        {
            var c = question[i];
            if (char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                return $"The question contains a control character (U+{(int)c:X4}) at position {i + 1}: type it again, or paste it as plain text.";
            }
            if (char.IsHighSurrogate(c) && i + 1 < question.Length && char.IsLowSurrogate(question[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"The question contains a broken character at position {i + 1} (half of an emoji or another character that takes two units): type it again, or paste it as plain text.";
            }
        }
        return null;
    }

    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
