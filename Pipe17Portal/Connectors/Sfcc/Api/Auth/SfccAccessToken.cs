namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <param name="Scopes">The JWT's <c>scope</c> claim, or the token response's <c>scope</c> when the token is opaque.</param>
public sealed record SfccAccessToken(SfccTokenKind Kind, string Value, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes)
{
    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    /// <summary>The scopes of <paramref name="required"/> this token lacks (a <c>.rw</c> scope also grants the read scope).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) =>
        [.. required.Where(s => !Has(s) && !(!s.EndsWith(".rw", StringComparison.Ordinal) && Has(s + ".rw")))];

    // Tokens stay out of logs.
    public override string ToString() => $"{Kind} token until {ExpiresAt:u} [{string.Join(' ', Scopes)}]";
}
