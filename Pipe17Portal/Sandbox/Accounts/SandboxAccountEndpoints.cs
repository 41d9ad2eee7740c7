using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Sandbox.Accounts;

/// <summary>`/sandbox/_control/accounts`: create an isolated account pair and read its credentials back.</summary>
public static class SandboxAccountEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Map(RouteGroupBuilder control)
    {
        var accounts = control.MapGroup("/accounts");

        accounts.MapPost("/", async Task<IResult> (HttpRequest request, SandboxDbContext db, TimeProvider clock, IOptions<SandboxOptions> options, CancellationToken ct) =>
        {
            // Each account seeds two emulated systems: a bound on the rate keeps a loop of calls from filling the disk.
            var perHour = options.Value.Limits.AccountsPerHour;
            var hourAgo = clock.GetUtcNow().AddHours(-1);
            if (await db.Accounts.CountAsync(a => a.CreatedAt >= hourAgo, ct) >= perHour)
            {
                return SandboxProblem.Write(StatusCodes.Status429TooManyRequests,
                    $"At most {perHour} sandbox accounts can be created in an hour (Sandbox:Limits:AccountsPerHour); reuse an account with GET /sandbox/_control/accounts/{{id}} or try again later.");
            }
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
