using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>`/sandbox/_control/accounts`: create an isolated account pair and read its credentials back.</summary>
public static class SandboxAccountEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(RouteGroupBuilder control)
    {
        var accounts = control.MapGroup("/accounts");

        accounts.MapPost("/", async (HttpRequest request, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var account = SandboxCredentials.NewAccount(clock.GetUtcNow());
            db.Accounts.Add(account);
            TikTok.TikTokSeeder.Seed(db, account, account.CreatedAt);
            Sfcc.State.SfccSeeder.Seed(db, account, account.CreatedAt);
            await db.SaveChangesAsync(ct);
            return TypedResults.Json(SandboxAccountResponse.From(account, BaseUrl(request)), Json, statusCode: StatusCodes.Status201Created);
        });

        accounts.MapGet("/{id}", async Task<IResult> (string id, HttpRequest request, SandboxDbContext db, CancellationToken ct) =>
        {
            if (!Guid.TryParse(id, out var accountId))
            {
                return SandboxProblem.Write(StatusCodes.Status400BadRequest, $"'{id}' is not a sandbox account id; use the id returned by POST /sandbox/_control/accounts.");
            }
            var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct);
            return account is null
                ? SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account {accountId}. Create one with POST /sandbox/_control/accounts.")
                : TypedResults.Json(SandboxAccountResponse.From(account, BaseUrl(request)), Json);
        });
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
