using System.Text;
using Pipe17Portal.Connectors.TikTokShop.Webhooks;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

public class TikTokWebhookSignatureTests
{
    private const string AppKey = "abcdef";
    private const string AppSecret = "123";
    private const string Body = """{"type":1,"tts_notification_id":"7380066284010030890","shop_id":"7495540735365777507","timestamp":1718305585,"data":{"is_on_hold_order":true,"order_id":"576653688135258178","order_status":"UNPAID","update_time":1718305585}}""";
    private const string Expected = "5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05";

    [Fact]
    public void ComputesTheDocumentedVectorW1() =>
        Assert.Equal(Expected, TikTokWebhookSignature.Compute(AppKey, AppSecret, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(Expected)]
    [InlineData("5DEC0F11EC2F6783B8DEEE53C9FFBF8D024302F7C7E7FA55A35D17629031AC05")]
    public void AcceptsTheSignatureInEitherCase(string header) =>
        Assert.True(TikTokWebhookSignature.IsValid(AppKey, AppSecret, Encoding.UTF8.GetBytes(Body), header));

    [Fact]
    public void RejectsABodyChangedByOneCharacter() =>
        Assert.False(TikTokWebhookSignature.IsValid(AppKey, AppSecret, Encoding.UTF8.GetBytes(Body.Replace("UNPAID", "UNPAIT")), Expected));

    [Fact]
    public void RejectsASignatureChangedByOneCharacter() =>
        Assert.False(TikTokWebhookSignature.IsValid(AppKey, AppSecret, Encoding.UTF8.GetBytes(Body), "6" + Expected[1..]));

    [Fact]
    public void RejectsAnotherAppsSecret() =>
        Assert.False(TikTokWebhookSignature.IsValid(AppKey, "124", Encoding.UTF8.GetBytes(Body), Expected));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectsAMissingHeader(string? header) =>
        Assert.False(TikTokWebhookSignature.IsValid(AppKey, AppSecret, Encoding.UTF8.GetBytes(Body), header));
}
