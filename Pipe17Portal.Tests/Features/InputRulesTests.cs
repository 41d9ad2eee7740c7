using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Tests.Features;

public class InputRulesTests
{
    [Theory]
    [InlineData("  Main shop  ", "Main shop")]
    [InlineData("x", "x")]
    public void NamesAreTrimmed(string input, string expected) =>
        Assert.Equal(expected, InputRules.Name(input, "displayName", "Connection name"));

    [Theory]
    [InlineData(null, "Connection name is required.")]
    [InlineData("   ", "Connection name is required.")]
    [InlineData("0123456789012", "Connection name can be at most 10 characters; it has 13.")]
    public void BadNamesNameTheFieldAndTheRule(string? input, string message)
    {
        var problem = Assert.Throws<ApiProblemException>(() => InputRules.Name(input, "displayName", "Connection name", 10));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal([message], problem.Errors["displayName"]);
    }

    [Theory]
    [InlineData("ana@shop.com", true)]
    [InlineData(" ana@shop.com ", true)]
    [InlineData("ana@localhost", false)]
    [InlineData("Ana <ana@shop.com>", false)]
    [InlineData("ana", false)]
    [InlineData("", false)]
    public void EmailsMustBePlainAddresses(string input, bool valid)
    {
        if (valid)
        {
            Assert.Equal(input.Trim(), InputRules.Email(input));
        }
        else
        {
            Assert.Contains("email", Assert.Throws<ApiProblemException>(() => InputRules.Email(input)).Errors.Keys);
        }
    }

    [Fact]
    public void UnknownRolesAreRefused() =>
        Assert.Contains("Administrator", Assert.Throws<ApiProblemException>(() => InputRules.Role((WorkspaceRole)7)).Detail);
}
