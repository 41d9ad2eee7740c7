using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Workspaces;
using Pipe17Portal.Operations.Bench;
using Pipe17Portal.Security;

namespace Pipe17Portal.Operations;

/// <summary>
/// Verbs on the portal executable for operators and automation, e.g.
/// `Pipe17Portal admin create-user --email a@b.com --password … --workspace "Acme"`.
/// </summary>
public static class PortalCommands
{
    private static readonly string[] Verbs = ["admin", "bench", "soak"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>A command's own options must not become host configuration, and its output should not drown in logs.</summary>
    public static string[] HostArguments(string[] args) => !IsCommand(args) ? args
        : [.. args[0] switch
            {
                "bench" => BenchHost.Arguments(),
                // The soak opens the databases its child processes use, to set them up and to read the end state.
                "soak" => Soak.SoakHost.Arguments(),
                _ => ["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft=Warning"],
            },
            // Standard output carries the command's result (a key, a measurement); logs go to standard error.
            "--Logging:Console:LogToStandardErrorThreshold=Trace"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = new RootCommand("Pipe17 Portal. Without a verb it runs the web portal.") { Admin(app.Services), Bench.BenchCommands.Create(app), Soak.SoakCommand.Create(app) };
        return await root.Parse(args).InvokeAsync();
    }

    private static Command Admin(IServiceProvider services)
    {
        var admin = new Command("admin", "Manage users and API keys without the browser.");
        admin.Subcommands.Add(CreateUser(services));
        admin.Subcommands.Add(CreateApiKey(services));
        return admin;
    }

    private static Command CreateUser(IServiceProvider services)
    {
        var email = new Option<string>("--email") { Description = "The user's email address (their sign-in name).", Required = true };
        var password = new Option<string>("--password") { Description = "At least 8 characters with upper case, lower case and a digit.", Required = true };
        var workspace = new Option<string>("--workspace") { Description = "Name of the new workspace; the user becomes its Administrator.", Required = true };
        var command = new Command("create-user", "Create a workspace and its first Administrator.") { email, password, workspace };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var registration = scope.ServiceProvider.GetRequiredService<WorkspaceRegistration>();
            var (user, errors) = await registration.RegisterAsync(result.GetValue(email)!, result.GetValue(password)!, result.GetValue(workspace)!, ct);
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"Could not create the user: {string.Join(" ", errors)}");
                return 1;
            }
            Console.WriteLine($"Created {user.Email} as Administrator of workspace '{result.GetValue(workspace)!.Trim()}' ({user.WorkspaceId}).");
            return 0;
        });
        return command;
    }

    private static Command CreateApiKey(IServiceProvider services)
    {
        var email = new Option<string>("--email") { Description = "A member of the workspace the key is for; the key cannot have a higher role.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. 'ERP export'.", Required = true };
        var role = new Option<WorkspaceRole>("--role") { Description = "User, Developer or Administrator.", Required = true };
        var command = new Command("create-api-key", "Create a workspace API key and print it once.") { email, name, role };
        command.SetAction(async (result, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(result.GetValue(email)!.Trim());
            if (user is null)
            {
                await Console.Error.WriteLineAsync($"No user with email '{result.GetValue(email)}'. Create one with 'admin create-user'.");
                return 1;
            }
            scope.ServiceProvider.GetRequiredService<CurrentMember>()
                .ActAs(new Member(user.WorkspaceId, user.Id, null, user.Email ?? user.Id, user.Role));
            try
            {
                var created = await scope.ServiceProvider.GetRequiredService<IApiKeysApi>()
                    .CreateAsync(new CreateApiKeyRequest(result.GetValue(name)!, result.GetValue(role)), ct);
                Console.WriteLine(created.Secret);
                await Console.Error.WriteLineAsync($"API key '{created.Key.Name}' ({created.Key.Role}) created. It is shown only this once; store it safely.");
                return 0;
            }
            catch (ApiProblemException e)
            {
                await Console.Error.WriteLineAsync($"Could not create the key: {e.Detail}");
                return 1;
            }
        });
        return command;
    }
}
