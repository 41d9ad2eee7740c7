namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>Where the client calls: Salesforce's hosts, or the portal's own SFCC emulator under <c>/sandbox/sfcc</c>.</summary>
public sealed record SfccEndpoints(Uri AccountManagerBaseUrl, Uri ScapiBaseUrl, Uri OcapiBaseUrl)
{
    public static readonly Uri ProductionAccountManager = new("https://account.demandware.com");

    /// <param name="shortCode">The 8-character SCAPI short code (Business Manager › Administration › Salesforce Commerce API Settings).</param>
    /// <param name="ocapiUrl">The instance's address, e.g. <c>https://zzte-053.dx.commercecloud.salesforce.com</c>; check it with <see cref="SfccAddressGuard.Validate"/>.</param>
    /// <exception cref="ArgumentException">The short code is not letters and digits (<see cref="SfccAddressGuard.ValidateShortCode"/> says why).</exception>
    public static SfccEndpoints Production(string shortCode, Uri ocapiUrl)
    {
        if (SfccAddressGuard.ValidateShortCode(shortCode) is { } problem)
        {
            throw new ArgumentException(problem, nameof(shortCode));
        }

        return new(
            ProductionAccountManager,
            new Uri($"https://{shortCode.Trim().ToLowerInvariant()}.api.commercecloud.salesforce.com"),
            new Uri(ocapiUrl.GetLeftPart(UriPartial.Authority)));
    }

    /// <summary>The emulator's bases below the portal's own address, e.g. <c>http://localhost:5080/</c> (a path base is kept).</summary>
    public static SfccEndpoints Sandbox(Uri portalBaseUrl)
    {
        var root = new Uri(portalBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        return new(new Uri(root, "sandbox/sfcc/am"), new Uri(root, "sandbox/sfcc/scapi"), new Uri(root, "sandbox/sfcc/instance"));
    }
}
