using System.Text;
using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Connectors.TikTokShop.Api.Http;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokSessionHandlerTests
{
    [Theory]
    [InlineData("""{"code":105002,"message":"Expired credentials","data":{}}""", true)]
    [InlineData("""{"message":"Expired credentials","data":{"orders":[{"id":"1","line_items":[{"sku":"A"}]}]},"code":105002}""", true)]
    [InlineData("""{"code":0,"message":"Success","data":{"orders":[]}}""", false)]
    [InlineData("""{"code":36009002,"message":"Too many requests"}""", false)]
    [InlineData("""{"code":"105002"}""", false)]
    [InlineData("""{"data":{"code":105002}}""", false)]
    [InlineData("""[105002]""", false)]
    [InlineData("""<html>Bad gateway</html>""", false)]
    [InlineData("""{"code":105002""", false)]
    [InlineData("", false)]
    // 36009004 is reused: only its access-token form is a refused token (a job refreshed the token this call carried).
    [InlineData("""{"code":36009004,"message":"Invalid credentials. The access_token or x-tts-access-token header is invalid.","data":{}}""", true)]
    [InlineData("""{"message":"Invalid credentials. The access_token or x-tts-access-token header is invalid.","code":36009004}""", true)]
    [InlineData("""{"code":36009004,"message":"Invalid credentials. The 'sign' query parameter is missing."}""", false)]
    [InlineData("""{"code":36009004,"message":"Invalid credentials. The 'app_key' query parameter is missing or invalid."}""", false)]
    [InlineData("""{"code":36009004}""", false)]
    public void OnlyTheEnvelopesTopLevelCodeSaysTheTokenExpired(string body, bool expired) =>
        Assert.Equal(expired, TikTokSessionHandler.IsExpiredToken(Encoding.UTF8.GetBytes(body)));

    /// <summary>
    /// Found by the soak: a refresh by another job replaced the token a retried call carried, TikTok answered 36009004
    /// "access_token … invalid", and the shipment was blocked for good as a business refusal though the next attempt works.
    /// </summary>
    [Theory]
    [InlineData(105002, "Expired credentials.", TikTokErrorKind.ExpiredToken)]
    [InlineData(36009004, "Invalid credentials. The access_token or x-tts-access-token header is invalid.", TikTokErrorKind.ExpiredToken)]
    [InlineData(36009004, "Invalid credentials. The 'sign' query parameter is invalid.", TikTokErrorKind.Api)]
    [InlineData(36009004, null, TikTokErrorKind.Api)]
    public void ARefusedAccessTokenIsAnExpiredTokenWhicheverCodeSaysIt(int code, string? message, TikTokErrorKind kind) =>
        Assert.Equal(kind, TikTokErrorCodes.KindOf(code, 401, message));
}
