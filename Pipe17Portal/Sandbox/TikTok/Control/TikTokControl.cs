using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.TikTok.Control;

/// <summary>Shared pieces of the TikTok control API: JSON format, account lookup and error answers.</summary>
public static class TikTokControl
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new RawJsonConverter() },
    };

    public static IResult Ok(object value, int status = StatusCodes.Status200OK) => TypedResults.Json(value, Json, statusCode: status);

    public static async Task<(SandboxAccount? Account, IResult? Error)> AccountAsync(SandboxDbContext db, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var accountId))
        {
            return (null, SandboxProblem.Write(StatusCodes.Status400BadRequest, $"'{id}' is not a sandbox account id; use the id returned by POST /sandbox/_control/accounts."));
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, ct);
        return account is null
            ? (null, SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account {accountId}. Create one with POST /sandbox/_control/accounts."))
            : (account, null);
    }

    /// <summary>400 naming the field that is wrong and what it should be.</summary>
    public static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Sandbox control API");

    public static IResult OrderNotFound(SandboxAccount account, string orderId) => SandboxProblem.Write(StatusCodes.Status404NotFound,
        $"Sandbox account {account.Id} has no TikTok order {orderId}. List its orders with GET /sandbox/_control/accounts/{account.Id}/tiktok/orders or create some with POST …/tiktok/orders.");

    public static IResult Conflict(string detail) => SandboxProblem.Write(StatusCodes.Status409Conflict, detail);

    public static JsonElement? Property(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
