using System.Text.Json.Nodes;

namespace Pipe17Portal.Sandbox.Sfcc.Scapi;

/// <summary>A SCAPI error: RFC 7807 application/problem+json with the real type URI (…/documentation/error/v1/errors/{code}).</summary>
public sealed class SfccScapiException(int status, string code, string title, string detail) : Exception(detail)
{
    public const string TypeBase = "https://api.commercecloud.salesforce.com/documentation/error/v1/errors/";

    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;

    public IResult ToResult() => TypedResults.Text(
        new JsonObject { ["title"] = Title, ["type"] = TypeBase + Code, ["detail"] = Message }.ToJsonString(),
        "application/problem+json", System.Text.Encoding.UTF8, Status);

    public static SfccScapiException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "bad-request", "Bad Request", detail);
}
