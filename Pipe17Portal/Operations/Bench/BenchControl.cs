using System.Net.Http.Json;
using System.Text.Json;

namespace Pipe17Portal.Operations.Bench;

/// <summary>The benches' calls to the sandbox control API: a refusal stops the bench with what the sandbox answered.</summary>
public static class BenchControl
{
    public static async Task<JsonElement> SendAsync(HttpClient control, HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        var response = await control.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? (text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone())
            : throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }
}
