using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>The OCAPI client: the Business Manager user grant (OCAPI Shop as an agent, OCAPI Data) is made with its id and password.</summary>
public sealed class SfccOcapiClientCheck(SfccCheckConnections connections, SfccCredentialTester tester) : SfccApiClientCheck(connections, tester)
{
    public override string Key => "sfcc.ocapi-client";
    public override string Title => "OCAPI client authenticates with its scopes";
    protected override SfccApiClientSlot Slot => SfccApiClientSlot.Ocapi;
}
