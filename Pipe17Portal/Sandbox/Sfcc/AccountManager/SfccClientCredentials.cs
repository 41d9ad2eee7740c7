using System.Text;
using Microsoft.Extensions.Primitives;

namespace Pipe17Portal.Sandbox.Sfcc.AccountManager;

/// <summary>
/// Client id and secret of a token request, from HTTP Basic (each part URL-decoded, as sfcc-ci encodes them) or from the
/// form fields client_id / client_secret (client_secret_post). Basic wins when both are sent.
/// </summary>
public sealed record SfccClientCredentials(string ClientId, string Secret, bool FromBasic)
{
    /// <summary>The credentials, or null when neither form is present; a Basic header that is not base64 "id:secret" yields an empty id.</summary>
    public static SfccClientCredentials? From(HttpRequest request, IFormCollection form)
    {
        if (BasicParts(request) is { } parts)
        {
            var colon = parts.IndexOf(':');
            return colon < 0
                ? new SfccClientCredentials("", "", true)
                : new SfccClientCredentials(Uri.UnescapeDataString(parts[..colon]), Uri.UnescapeDataString(parts[(colon + 1)..]), true);
        }
        var id = form["client_id"].ToString();
        return id.Length == 0 ? null : new SfccClientCredentials(id, form["client_secret"].ToString(), false);
    }

    /// <summary>The decoded text of an "Authorization: Basic …" header; "" when it is not valid base64; null when there is no Basic header.</summary>
    public static string? BasicParts(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct) =>
        request.HasFormContentType ? await request.ReadFormAsync(ct) : new FormCollection(new Dictionary<string, StringValues>());
}
