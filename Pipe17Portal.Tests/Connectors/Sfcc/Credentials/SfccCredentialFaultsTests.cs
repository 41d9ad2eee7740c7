using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Credentials;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Credentials;

/// <summary>Reading a token refusal: the real Account Manager's one wording and the sandbox's precise ones.</summary>
public class SfccCredentialFaultsTests
{
    [Theory]
    [InlineData("invalid_client", "Client authentication failed", 401, SfccCredentialFault.WrongIdOrPassword)]
    [InlineData("invalid_client", "Client authentication failed: wrong client secret", 401, SfccCredentialFault.WrongPassword)]
    [InlineData("invalid_client", "Client authentication failed: Unknown client_id", 401, SfccCredentialFault.UnknownClient)]
    [InlineData("invalid_client", "Client authentication failed: the client is disabled", 401, SfccCredentialFault.ClientDisabled)]
    [InlineData("invalid_scope", "Unknown/invalid scope(s): [sfcc.products.rw]", 400, SfccCredentialFault.MissingScopes)]
    [InlineData("invalid_grant", "Invalid Business Manager user credentials.", 401, SfccCredentialFault.WrongUser)]
    [InlineData("access_denied", "User has none of the roles", 403, SfccCredentialFault.MissingRole)]
    public void ARefusalIsClassifiedByItsErrorAndDescription(string type, string description, int status, SfccCredentialFault expected)
    {
        var error = new SfccError("POST /dwsso/oauth2/access_token", status, SfccErrorKind.Authentication, description, "", null, type);

        var fault = SfccCredentialFaults.Classify(error);

        Assert.Equal(expected, fault);
        Assert.True(SfccCredentialFaults.IsRefusal(fault));
    }

    [Theory]
    [InlineData(SfccErrorKind.Transient, 503)]
    [InlineData(SfccErrorKind.RateLimited, 429)]
    [InlineData(SfccErrorKind.Network, null)]
    public void TemporaryFailuresAreNeverRefusals(SfccErrorKind kind, int? status)
    {
        var error = new SfccError("POST /dwsso/oauth2/access_token", status, kind, "busy", "", null, null);

        Assert.False(SfccCredentialFaults.IsRefusal(SfccCredentialFaults.Classify(error)));
    }

    [Fact]
    public void TheRealWordingIsDescribedHonestlyAsIdOrPassword()
    {
        var error = new SfccError("POST /dwsso/oauth2/access_token", 401, SfccErrorKind.Authentication, "Client authentication failed", "", null, "invalid_client");

        var text = SfccCredentialFaults.Describe("OCAPI client abc", SfccCredentialFaults.Classify(error), error);

        Assert.Equal("OCAPI client abc: Account Manager refused the client id or password (invalid_client): Client authentication failed.", text);
    }
}
