using System.Diagnostics;
using System.Net.Http.Json;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Operations;

/// <summary>Runs the real portal executable with its operator verbs against the same database a test server uses.</summary>
public class AdminCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreateUserThenCreateApiKeyGivesAWorkingKey()
    {
        _ = factory.Server; // the factory has migrated its database
        var email = $"ops-{Guid.NewGuid():N}@example.com";

        var user = await RunAsync("admin", "create-user", "--email", email, "--password", PortalFactory.Password, "--workspace", "Ops Co");
        Assert.True(user.ExitCode == 0, user.Output);
        Assert.Contains("Ops Co", user.Output);

        var key = await RunAsync("admin", "create-api-key", "--email", email, "--name", "automation", "--role", "Developer");
        Assert.True(key.ExitCode == 0, key.Output);
        var secret = key.StandardOutput.Trim();
        Assert.StartsWith("p17_", secret);

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var workspace = await client.GetFromJsonAsync<WorkspaceInfo>("/api/v1/workspace", PortalJson.Options);
        Assert.Equal("Ops Co", workspace!.Name);
        Assert.Equal(WorkspaceRole.Developer, workspace.Me.Role);
    }

    [Theory]
    [InlineData("--password", "admin", "create-user", "--email", "x@example.com")]
    [InlineData("Wizard", "admin", "create-api-key", "--email", "nobody@example.com", "--name", "k", "--role", "Wizard")]
    [InlineData("No user with email", "admin", "create-api-key", "--email", "nobody@example.com", "--name", "k", "--role", "User")]
    [InlineData("delete-everything", "admin", "delete-everything")]
    [InlineData("Passwords must", "admin", "create-user", "--email", "weak@example.com", "--password", "short", "--workspace", "W")]
    public async Task BadArgumentsPrintWhatIsWrongAndFail(string expected, params string[] args)
    {
        _ = factory.Server;

        var result = await RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    private async Task<(int ExitCode, string StandardOutput, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pipe17Portal.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={factory.PortalDatabasePath}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stdout + await stderr);
    }
}
