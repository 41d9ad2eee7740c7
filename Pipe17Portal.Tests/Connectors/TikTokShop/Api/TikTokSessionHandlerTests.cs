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
    public void OnlyTheEnvelopesTopLevelCodeSaysTheTokenExpired(string body, bool expired) =>
        Assert.Equal(expired, TikTokSessionHandler.IsExpiredToken(Encoding.UTF8.GetBytes(body)));
}
