using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// The Ask evaluation set (<c>ask-evaluation.json</c>, embedded): merchants' questions each labelled with the article that
/// answers it, and unrelated questions that must come back "not found". Read by the evaluation test and by <c>bench ask</c>.
/// </summary>
public sealed record AskEvaluationSet(
    [property: JsonPropertyName("questions")] IReadOnlyList<AskEvaluationQuestion> Questions,
    [property: JsonPropertyName("unrelated")] IReadOnlyList<string> Unrelated)
{
    public static AskEvaluationSet Load()
    {
        using var stream = typeof(AskEvaluationSet).Assembly.GetManifestResourceStream("Pipe17Portal.Ask.ask-evaluation.json")
            ?? throw new InvalidOperationException("The Ask evaluation set is not embedded (Pipe17Portal.Ask.ask-evaluation.json).");
        return JsonSerializer.Deserialize<AskEvaluationSet>(stream)
            ?? throw new InvalidOperationException("The Ask evaluation set is empty.");
    }
}

public sealed record AskEvaluationQuestion(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("slug")] string Slug);
