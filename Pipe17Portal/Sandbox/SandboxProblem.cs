namespace Pipe17Portal.Sandbox;

/// <summary>Errors of the sandbox's own control API (the emulated APIs answer with their real systems' error bodies instead).</summary>
public static class SandboxProblem
{
    public static IResult Write(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: "Sandbox control API");
}
