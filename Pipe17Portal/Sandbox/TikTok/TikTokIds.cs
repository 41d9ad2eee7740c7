using System.Security.Cryptography;

namespace Pipe17Portal.Sandbox.TikTok;

/// <summary>Identifiers shaped like TikTok's: long numeric strings, and request ids of a UTC timestamp plus uppercase hex.</summary>
public static class TikTokIds
{
    private const string Digits = "0123456789";

    public static string Order() => Numeric("57", 18);
    public static string LineItem() => Numeric("577", 18);
    public static string Package() => Numeric("115", 19);
    public static string Product() => Numeric("17295", 19);
    public static string Sku() => Numeric("17293", 19);
    public static string Notification() => Numeric("73", 19);
    public static string Cancellation() => Numeric("40", 19);
    public static string BuyerUser() => Numeric("70", 19);

    public static string Numeric(string prefix, int length) => prefix + RandomNumberGenerator.GetString(Digits, length - prefix.Length);

    public static string Token(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>34 characters, as in TikTok's examples: yyyyMMddHHmmss then 20 uppercase hex digits.</summary>
    public static string Request(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));

    /// <summary>A stable 19-digit id derived from the shop, for things every shop has exactly one of (warehouses, delivery options).</summary>
    public static string Derived(string shopId, string what)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(shopId + "/" + what));
        var number = BitConverter.ToUInt64(hash, 0) % 1_000_000_000_000_000UL;
        return "7" + number.ToString("D18", System.Globalization.CultureInfo.InvariantCulture);
    }
}
