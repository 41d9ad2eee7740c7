using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>The B2C API client: the portal's SCAPI admin and OCI calls (catalog, orders, customers, inventory) use its token.</summary>
public sealed class SfccB2cClientCheck(SfccCheckConnections connections, SfccCredentialTester tester) : SfccApiClientCheck(connections, tester)
{
    public override string Key => "sfcc.b2c-client";
    public override string Title => "B2C API client authenticates with its scopes";
    protected override SfccApiClientSlot Slot => SfccApiClientSlot.B2c;
}
