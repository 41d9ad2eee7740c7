using System.Net;
using System.Net.Http.Headers;
using Pipe17Portal.Connectors.Sfcc.Api.Http;
using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Connectors.Sfcc.Api.Auth;

/// <summary>
/// Outermost handler of one connection's client for one token kind: attaches the bearer token, and on 401 gets a fresh
/// token and sends the call once more. Every call of every flow passes here, so this is the one place where a flow's
/// refused credentials are reported (<see cref="ISfccCredentialRefusals"/>): a token Salesforce will not issue, or a 401
/// to a token it just issued. Temporary failures (network, 5xx, 429) are not refusals.
/// </summary>
internal sealed class SfccAuthHandler(SfccContext context, SfccTokenKind kind, SfccTokenService tokens, ISfccCredentialRefusals? refusals) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var token = await RequireAsync(await tokens.GetAsync(context, kind, cancellationToken), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            Accepted();
            return response;
        }

        response.Dispose();
        var fresh = await RequireAsync(await tokens.RefreshRejectedAsync(context, kind, token.Value, cancellationToken), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Value);
        var again = await base.SendAsync(request, cancellationToken);
        if (again.StatusCode != HttpStatusCode.Unauthorized)
        {
            Accepted();
        }
        else if (context.IsFlow && refusals is not null)
        {
            await refusals.FreshTokenRefusedAsync(context, kind,
                $"{Credential(kind, null)}: {request.Method} {request.RequestUri?.AbsolutePath} was refused with HTTP 401 even with a token Salesforce had just issued.", cancellationToken);
        }
        return again;
    }

    private void Accepted()
    {
        if (context.IsFlow)
        {
            refusals?.Accepted(context, kind);
        }
    }

    private async Task<SfccAccessToken> RequireAsync(SfccResult<SfccAccessToken> result, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return result.Data;
        }
        var fault = SfccCredentialFaults.Classify(result.Error);
        if (context.IsFlow && refusals is not null && SfccCredentialFaults.IsRefusal(fault))
        {
            await refusals.RefusedAsync(context, SfccCredentialFaults.Describe(Credential(kind, fault), fault, result.Error), ct);
        }
        throw new SfccCallFailedException(result.Error);
    }

    /// <summary>Which credential a token kind stands for (the BM grant is two: the user, or the OCAPI client it goes through).</summary>
    private string Credential(SfccTokenKind kind, SfccCredentialFault? fault) => kind switch
    {
        SfccTokenKind.AccountManager => $"B2C API client {context.Credentials.B2cClientId}",
        SfccTokenKind.Shopper => $"Shop API client {context.Credentials.ShopClientId}",
        _ when fault is { } refused => SfccCredentialFaults.GrantCredential(refused, context.Credentials.BmUser, context.Credentials.OcapiClientId),
        _ => "OCAPI (Business Manager user grant)",
    };
}
