namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>An OAuth 2 error body, {"error","error_description"}, as Account Manager, SLAS and the OCAPI token endpoint answer.</summary>
public static class SfccOAuthError
{
    public static IResult Write(int status, string error, string description, string contentType = "application/json") =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, contentType: contentType, statusCode: status);
}
