using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>SFCC's canned token answer and the token / API split of requests, on the tests' <see cref="ScriptedHttpHandler"/>.</summary>
public static class SfccScript
{
    extension(ScriptedHttpHandler http)
    {
        public List<RecordedRequest> TokenRequests => [.. http.Requests.Where(r => r.IsTokenRequest)];

        public List<RecordedRequest> ApiRequests => [.. http.Requests.Where(r => !r.IsTokenRequest)];

        /// <summary>A token answer as Account Manager, SLAS and the BM grant give it.</summary>
        public ScriptedHttpHandler ThenToken(string accessToken, int expiresIn = 1799) =>
            http.ThenOk($$"""{"access_token":"{{accessToken}}","token_type":"Bearer","expires_in":{{expiresIn}}}""");
    }

    extension(RecordedRequest request)
    {
        /// <summary>A request to a token endpoint (Account Manager, SLAS or the BM grant).</summary>
        public bool IsTokenRequest => request.Uri.AbsolutePath.Contains("oauth2/", StringComparison.Ordinal);
    }
}
