using System.Text;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;

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
}
