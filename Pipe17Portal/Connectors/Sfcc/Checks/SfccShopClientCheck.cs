using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Credentials;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>The B2C Shop API client: an Account Manager client, and the private SLAS client that gets shopper tokens for the site.</summary>
public sealed class SfccShopClientCheck(SfccCheckConnections connections, SfccCredentialTester tester, SfccClientFactory clients) : SfccApiClientCheck(connections, tester)
{
    public override string Key => "sfcc.shop-client";
    public override string Title => "B2C Shop API client authenticates with its scopes";
    protected override SfccApiClientSlot Slot => SfccApiClientSlot.Shop;

    protected override async Task ShopperTokenAsync(SfccFindingBuilder found, SfccContext sfcc, string page, CancellationToken ct)
    {
        var shopper = await clients.For(sfcc).Tokens.GetShopperTokenAsync(fresh: true, ct);
        if (shopper.IsSuccess)
        {
            found.Ok($"SLAS issued a shopper token for site {sfcc.Credentials.SiteId}.");
            return;
        }
        var fault = SfccCredentialFaults.Classify(shopper.Error);
        var line = SfccCredentialFaults.Describe($"Shop API client {sfcc.Credentials.ShopClientId} (SLAS)", fault, shopper.Error);
        var fix = new CheckFix("Check that the Shop API client is a private SLAS client of this organization with the site as a channel, and its password.", page);
        if (fault == SfccCredentialFault.Unreachable)
        {
            found.Warn(line, fix);
        }
        else
        {
            found.Fail(line, fix);
        }
    }
}
