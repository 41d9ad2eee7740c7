using System.Net;

namespace Pipe17Portal.Client.Api;

/// <summary>
/// An API call that failed with RFC 7807 problem details. The server's feature services throw it, and in the
/// browser <see cref="ProblemDetailsHandler"/> rebuilds it from the response, so pages handle errors one way.
/// </summary>
public sealed class ApiProblemException(
    HttpStatusCode status,
    string title,
    string detail,
    IReadOnlyDictionary<string, string[]>? errors = null) : Exception(detail)
{
    public HttpStatusCode Status { get; } = status;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    /// <summary>For a 429: how long to wait before trying again (sent as <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static ApiProblemException NotFound(string what) =>
        new(HttpStatusCode.NotFound, "Not found", $"{what} was not found in this workspace.");

    public static ApiProblemException Forbidden(string detail) =>
        new(HttpStatusCode.Forbidden, "Not allowed", detail);

    public static ApiProblemException Conflict(string detail) =>
        new(HttpStatusCode.Conflict, "Conflict", detail);

    public static ApiProblemException TooManyRequests(string detail, TimeSpan retryAfter) =>
        new(HttpStatusCode.TooManyRequests, "Too many requests", detail) { RetryAfter = retryAfter };

    public static ApiProblemException Unauthorized(string detail) =>
        new(HttpStatusCode.Unauthorized, "Not signed in", detail);

    public static ApiProblemException Invalid(string field, string message) =>
        new(HttpStatusCode.BadRequest, "Invalid input", message, new Dictionary<string, string[]> { [field] = [message] });

    public static ApiProblemException Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(HttpStatusCode.BadRequest, "Invalid input", string.Join(" ", errors.SelectMany(e => e.Value)), errors);
}
