using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Common;

/// <summary>Every API error becomes RFC 7807 problem details with a `detail` that says what is wrong and how to fix it.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The exception middleware has already pointed the request at /Error; what counts is the path that failed. That path
        // is already decoded: wrap it as it is (the implicit string conversion would decode it again, and a route value such as
        // %2500 would become a NUL and throw here, turning a 404 into a 500).
        var failedPath = context.Features.Get<IExceptionHandlerFeature>()?.Path is { } path ? new PathString(path) : context.Request.Path;
        if (!ApiProblemResponses.IsApiPath(failedPath))
        {
            return false;
        }

        var (status, title, detail, errors) = exception switch
        {
            ApiProblemException p => ((int)p.Status, p.Title, p.Detail, p.Errors),
            BadHttpRequestException { InnerException: JsonException json } => (400, "Invalid JSON",
                $"The request body could not be read: {json.Message} Send JSON matching the schema at /openapi/v1.json.", null),
            BadHttpRequestException bad => (bad.StatusCode, "Invalid request", bad.Message, null),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (409, "Changed meanwhile",
                "Someone else (a member or one of the portal's own flows) changed this while your request was working on it, so nothing was saved. Reload it and apply your change again.", null),
            OperationCanceledException when ct.IsCancellationRequested => (499, "Request cancelled", "The client closed the request.", null),
            _ => (500, "Unexpected error", $"Something went wrong on our side and was logged (trace id {context.TraceIdentifier}). Try again; if it persists, contact support with the trace id.", null),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, failedPath);
        }

        context.Response.StatusCode = status;
        if (exception is ApiProblemException { RetryAfter: { } wait })
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
