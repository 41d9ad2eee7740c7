using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Webhooks;

/// <summary>One generated delivery to the webhook endpoint: body bytes, how it is signed, and which address it goes to.</summary>
public sealed record WebhookInput(byte[] Body, string Signing, string? ContentType, bool UnknownConnection)
{
    public override string ToString() => $"{Signing} {ContentType} unknown={UnknownConnection} body={Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300)))}";
}

/// <summary>
/// FsCheck generators of webhook deliveries: mostly correctly signed TikTok envelopes whose fields are left out, of the wrong
/// type, huge, stale or for another shop; then whole bodies broken (truncated, not JSON, deeply nested, oversized); then
/// forged, missing or odd signatures.
/// </summary>
public static class TikTokWebhookInputs
{
    public const string ShopId = "7494049642642441621";

    public static Gen<WebhookInput> Deliveries(long now) =>
        from envelope in Envelope(now)
        from body in Corrupted(envelope)
        from signing in Gen.Frequency((16, Gen.Constant("valid")), (1, Gen.Constant("upper")), (1, Gen.Constant("forged")), (1, Gen.Constant("missing")), (1, Gen.Constant("bearer")))
        from contentType in Gen.Frequency((8, Gen.Constant<string?>("application/json")), (1, Gen.Constant<string?>("text/plain")), (1, Gen.Constant<string?>(null)))
        from unknown in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new WebhookInput(body, signing, contentType, unknown);

    private static Gen<string> Envelope(long now) =>
        from type in Field("type", Gen.Frequency(
            (8, Gen.Elements("1", "3", "4", "6", "7", "11")),
            (2, Gen.Choose(-5, 100).Select(i => i.ToString())),
            (2, Gen.Elements("\"1\"", "\"x\"", "1.5", "1e400", "99999999999999999999", "null", "true", "[]", "{}"))))
        from id in Field("tts_notification_id", Gen.Frequency(
            (8, Gen.Fresh(() => $"\"{Guid.NewGuid():N}\"")),
            (1, Gen.Elements("null", "12", "\"\"", "{}", "\"" + new string('n', 5_000) + "\"", "\"sha256:abc\""))))
        from shop in Field("shop_id", Gen.Frequency(
            (10, Gen.Constant($"\"{ShopId}\"")),
            (1, Gen.Elements("\"7000000000000000666\"", ShopId, "null", "\"\"", "[]"))))
        from timestamp in Field("timestamp", Gen.Frequency(
            (10, Gen.Choose(-300, 300).Select(d => (now + d).ToString())),
            (1, Gen.Elements((now - 3_600).ToString(), (now + 3_600).ToString(), $"\"{now}\"", "null", "-1", "0", "9223372036854775807",
                "99999999999999999999", "1.5", "\"abc\"", "[]", "-9223372036854775808"))))
        from data in Field("data", Gen.Frequency(
            (4, Gen.Choose(0, int.MaxValue).Select(n => $$"""{"order_id":"5764{{n}}","order_status":"UNPAID","update_time":{{now}}}""")),
            (1, Gen.Elements("""{"order_id":123}""", """{"order_id":"abc"}""", """{"order_id":null}""", """{"order_id":["1"]}""",
                """{"expiration_time":1893456000}""", """{"expiration_time":"1893456000"}""", """{"expiration_time":99999999999999}""",
                """{"expiration_time":-5}""", """{"expiration_time":"soon"}""", """{"expiration_time":1e300}""", "null", "[]", "\"text\"", "7",
                "{\"order_id\":\"" + new string('9', 3_000) + "\"}"))))
        let fields = new[] { type, id, shop, timestamp, data }.Where(f => f.Length > 0)
        select "{" + string.Join(",", fields) + "}";

    /// <summary>A "name":value member, or nothing one time in ten.</summary>
    private static Gen<string> Field(string name, Gen<string> value) =>
        Gen.Frequency((9, value.Select(v => $"\"{name}\":{v}")), (1, Gen.Constant("")));

    private static Gen<byte[]> Corrupted(string json) =>
        Gen.Frequency(
            (20, Gen.Constant(Encoding.UTF8.GetBytes(json))),
            (2, Gen.Choose(0, Math.Max(0, json.Length - 1)).Select(n => Encoding.UTF8.GetBytes(json[..n]))),
            (1, Gen.Constant(Array.Empty<byte>())),
            (1, Gen.Elements("<html><body>502 Bad Gateway</body></html>", "null", "[]", "\"x\"", "42", "{}", "{\"type\":1,\"type\":6}", "\uFEFF" + json)
                .Select(s => Encoding.UTF8.GetBytes(s))),
            (1, Gen.Choose(1, 3_000).Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)))),
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => bytes)),
            (1, Gen.Constant(Encoding.UTF8.GetBytes(json.Insert(1, new string(' ', 300 * 1024))))));
}
