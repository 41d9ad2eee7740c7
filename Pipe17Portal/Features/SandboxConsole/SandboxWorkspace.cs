using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Sandbox;
using Pipe17Portal.Security;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>What the sandbox consoles share: the caller's sandbox account, and control-API errors turned into the portal's own.</summary>
public sealed class SandboxWorkspace(IDbContextFactory<PortalDbContext> dbFactory, CurrentMember current, IOptions<SandboxOptions> sandbox)
{
    /// <summary>The workspace's sandbox account; null when it has none and <paramref name="required"/> is false.</summary>
    /// <param name="missing">What the merchant does to get one, for the error when it is required.</param>
    public async Task<Guid?> AccountAsync(bool required, string missing, CancellationToken ct)
    {
        var me = await current.RequireAsync();
        if (!sandbox.Value.Enabled)
        {
            throw ApiProblemException.NotFound("The sandbox (it is switched off on this portal)");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.Workspaces.Where(w => w.Id == me.WorkspaceId).Select(w => w.SandboxAccountId).SingleAsync(ct);
        return account is null && required ? throw ApiProblemException.Conflict(missing) : account;
    }

    /// <summary>The control API's own problem detail (which field, what to do) is passed on to the merchant.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (HttpRequestException e)
        {
            throw new ApiProblemException(HttpStatusCode.BadGateway, "Sandbox unreachable",
                $"The portal could not reach its own sandbox ({e.Message}). If the server cannot reach itself at its listening address (e.g. behind a proxy or in a container), set Sandbox:BaseUrl to an address it can call.");
        }
        catch (ApiException e)
        {
            var problem = await e.GetContentAsAsync<ControlProblem>();
            var detail = problem?.Detail ?? $"The sandbox answered {(int)e.StatusCode}.";
            throw e.StatusCode switch
            {
                HttpStatusCode.NotFound => new ApiProblemException(HttpStatusCode.NotFound, "Not found", detail),
                HttpStatusCode.BadRequest => new ApiProblemException(HttpStatusCode.BadRequest, "Invalid input", detail, problem?.Errors),
                HttpStatusCode.Conflict => ApiProblemException.Conflict(detail),
                _ => new ApiProblemException(HttpStatusCode.BadGateway, "Sandbox error", detail),
            };
        }
    }

    public static Task CallAsync(Func<Task> call) => CallAsync(async () =>
    {
        await call();
        return true;
    });

    private sealed record ControlProblem(string? Detail, Dictionary<string, string[]>? Errors);
}
