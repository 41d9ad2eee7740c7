using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Common;

namespace Pipe17Portal.Tests.Features.Common;

public class InputCheckTests
{
    [Theory]
    [InlineData("  Main shop  ", "Main shop")]
    [InlineData("x", "x")]
    public void NamesAreTrimmed(string input, string expected)
    {
        var check = new InputCheck();

        Assert.Equal(expected, check.Name(input, "displayName", "Connection name"));
        check.ThrowIfInvalid();
    }

    [Theory]
    [InlineData(null, "Connection name is required.")]
    [InlineData("   ", "Connection name is required.")]
    [InlineData("0123456789012", "Connection name can be at most 10 characters; it has 13.")]
    public void BadNamesNameTheFieldAndTheRule(string? input, string message)
    {
        var check = new InputCheck();
        check.Name(input, "displayName", "Connection name", 10);

        var problem = Assert.Throws<ApiProblemException>(check.ThrowIfInvalid);

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
        var check = new InputCheck();
        var email = check.Email(input);

        if (valid)
        {
            Assert.Equal(input.Trim(), email);
            check.ThrowIfInvalid();
        }
        else
        {
            Assert.Contains("email", Assert.Throws<ApiProblemException>(check.ThrowIfInvalid).Errors.Keys);
        }
    }

    [Fact]
    public void EveryBadFieldIsReportedAtOnce()
    {
        var check = new InputCheck();
        check.Email("nope");
        check.Role((WorkspaceRole)7);
        check.Name("", "name", "Key name");

        var problem = Assert.Throws<ApiProblemException>(check.ThrowIfInvalid);

        Assert.Equal(["email", "role", "name"], problem.Errors.Keys);
        Assert.Contains("Administrator", problem.Errors["role"][0]);
        Assert.Contains("Key name is required.", problem.Detail);
    }
}
