namespace Pipe17Portal.Security;

/// <summary>Writes RFC 7807 answers for authentication failures on the API, where a redirect to a login page would be wrong.</summary>
public static class ApiProblemResponses
{
    /// <summary>Paths called by programs, not people: the portal API and the sandbox. They never get HTML error pages.</summary>
    public static bool IsApiRequest(HttpRequest request) => IsApiPath(request.Path);

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/sandbox");

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
