using Microsoft.AspNetCore.Http;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// A `detail` for the API answers the framework writes with a bare status (status code pages): every problem the portal
/// answers says what is wrong and how to fix it, also a 415 for a form-encoded body or a 405 for a wrong verb.
/// </summary>
public static class StatusCodeDetails
{
    public static void Fill(ProblemDetailsContext context)
    {
        if (!string.IsNullOrEmpty(context.ProblemDetails.Detail))
        {
            return;
        }
        var request = context.HttpContext.Request;
        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing was found at {request.Path}: check the address (and any id in it) against /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}: check the method against /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"The body was sent as {(string.IsNullOrEmpty(request.ContentType) ? "no content type" : request.ContentType)}: send JSON with Content-Type: application/json, matching the schema at /openapi/v1.json.",
            _ => null,
        };
    }
}
