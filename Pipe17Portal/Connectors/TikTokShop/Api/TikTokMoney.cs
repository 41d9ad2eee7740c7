using System.Globalization;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>TikTok sends money as strings ("119", "0.01"); parse them without the server's culture.</summary>
public static class TikTokMoney
{
    public static decimal? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new FormatException($"'{value}' is not a TikTok money amount.");

    public static bool TryParse(string? value, out decimal amount) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out amount);

    public static string Format(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
