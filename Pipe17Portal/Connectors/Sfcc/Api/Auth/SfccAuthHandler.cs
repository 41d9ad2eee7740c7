using System.Net;
using System.Net.Http.Headers;
using Pipe17Portal.Connectors.Sfcc.Api.Http;

namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// Outermost handler of one connection's client for one token kind: attaches the bearer token, and on 401 gets a fresh
/// token and sends the call once more.
/// </summary>
internal sealed class SfccAuthHandler(SfccContext context, SfccTokenKind kind, SfccTokenService tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var token = Require(await tokens.GetAsync(context, kind, cancellationToken));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = Require(await tokens.RefreshRejectedAsync(context, kind, token.Value, cancellationToken));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        return await base.SendAsync(request, cancellationToken);
    }

    private static SfccAccessToken Require(SfccResult<SfccAccessToken> result) =>
        result.IsSuccess ? result.Data : throw new SfccCallFailedException(result.Error);
}
