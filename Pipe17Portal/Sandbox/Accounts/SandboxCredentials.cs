using System.Security.Cryptography;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>Random credentials shaped like the real systems' (lengths, alphabets, prefixes), so format checks meet real-looking values.</summary>
public static class SandboxCredentials
{
    private const string LowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string CipherAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@";

    private static readonly string[] ShopWords = ["Maple", "Harbor", "Cedar", "Summit", "Lumen", "Willow", "Atlas", "Coral"];
    private static readonly string[] ShopKinds = ["Outfitters", "Goods", "Apparel", "Supply", "Studio", "Home"];

    public static SandboxAccount NewAccount(DateTimeOffset now)
    {
        var realm = Random(Lower, 4);
        var shopName = $"{Pick(ShopWords)} {Pick(ShopKinds)} Sandbox";
        return new SandboxAccount
        {
            CreatedAt = now,
            TikTokAppKey = Random(LowerAlnum, 13),
            TikTokAppSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
            TikTokServiceId = "7" + Random(Digits, 18),
            TikTokShopId = "7" + Random(Digits, 18),
            TikTokShopCipher = "ROW_" + Random(CipherAlphabet, 32),
            TikTokShopName = shopName,
            TikTokShopCode = "US" + Random(Upper + Digits, 10),
            TikTokRegion = "US",
            SfccShortCode = Random(LowerAlnum, 8),
            SfccOrganizationId = $"f_ecom_{realm}_{Random(Digits, 3)}",
            SfccSiteId = "TikTok" + Random(Upper, 4),
            SfccB2cClientId = Guid.NewGuid().ToString(),
            SfccB2cClientPassword = Random(PasswordAlphabet, 24),
            SfccShopClientId = Guid.NewGuid().ToString(),
            SfccShopClientPassword = Random(PasswordAlphabet, 24),
            SfccOcapiClientId = Guid.NewGuid().ToString(),
            SfccOcapiClientPassword = Random(PasswordAlphabet, 24),
            SfccBmUser = $"integration-{Random(LowerAlnum, 6)}@{realm}.sandbox.test",
            SfccBmPassword = Random(PasswordAlphabet, 20),
        };
    }

    private static string Random(string alphabet, int length) => RandomNumberGenerator.GetString(alphabet, length);

    private static string Pick(string[] words) => words[RandomNumberGenerator.GetInt32(words.Length)];
}
