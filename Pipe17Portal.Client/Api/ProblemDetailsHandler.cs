using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipe17Portal.Client.Api;

/// <summary>Turns an error response of the portal API into an <see cref="ApiProblemException"/> carrying its detail.</summary>
public sealed class ProblemDetailsHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ReadProblemAsync(response, ct);
        }
    }

    private static async Task<ApiProblemException> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var fallback = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "Your session has ended. Sign in again.",
            HttpStatusCode.Forbidden => "Your role does not allow this action.",
            HttpStatusCode.NotFound => "That item no longer exists.",
            _ => $"The portal answered {(int)response.StatusCode} {response.ReasonPhrase}. Try again in a moment.",
        };
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(PortalJson.Options, ct);
            return new ApiProblemException(
                response.StatusCode,
                problem?.Title ?? response.ReasonPhrase ?? "Error",
                string.IsNullOrWhiteSpace(problem?.Detail) ? fallback : problem.Detail,
                problem?.Errors);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return new ApiProblemException(response.StatusCode, response.ReasonPhrase ?? "Error", fallback);
        }
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
