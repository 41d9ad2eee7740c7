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
            var now = clock.GetUtcNow();
            var hourAgo = now.AddHours(-1);
            var recent = await db.Accounts.CountAsync(a => a.CreatedAt >= hourAgo, ct);
            if (recent >= perHour)
            {
                // Room comes back when the account that brings the count under the limit is an hour old.
                var freedAt = await db.Accounts.Where(a => a.CreatedAt >= hourAgo).OrderBy(a => a.CreatedAt).Select(a => a.CreatedAt).Skip(recent - perHour).FirstAsync(ct);
                var wait = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((freedAt.AddHours(1) - now).TotalSeconds)));
                request.HttpContext.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return SandboxProblem.Write(StatusCodes.Status429TooManyRequests,
                    $"At most {perHour} sandbox accounts can be created in an hour (Sandbox:Limits:AccountsPerHour); reuse an account with GET /sandbox/_control/accounts/{{id}} or try again in {(int)wait.TotalSeconds} seconds.");
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
