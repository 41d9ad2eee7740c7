namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// How the emulated site taxes a basket, as a site's tax table and its Taxation preference would: one rate for its one tax
/// class ("standard", products and shipping alike), and net (tax added to prices) or gross (prices include the tax).
/// A basket is taxed with the rate current when it is calculated, as a real basket is recalculated on every change.
/// </summary>
public sealed record SfccSiteTax(decimal Rate, string Taxation)
{
    public const string Net = "net";
    public const string Gross = "gross";
    public const decimal MaxRate = 0.5m;

    public static readonly IReadOnlyList<string> Taxations = [Net, Gross];

    public static SfccSiteTax Of(SfccInstance instance) => new(instance.TaxRate, instance.Taxation);

    public bool IsGross => Taxation == Gross;

    /// <summary>The tax in a line's (adjusted) price: added on top when net, the part of the price when gross; rounded to cents.</summary>
    public decimal TaxOf(decimal price) =>
        Rate == 0 ? 0m
        : IsGross ? Math.Round(price - price / (1 + Rate), 2, MidpointRounding.AwayFromZero)
        : Math.Round(price * Rate, 2, MidpointRounding.AwayFromZero);
}
