using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Pipe17Portal.Sandbox.Sfcc.Control;

/// <summary>
/// `DELETE /sandbox/_control/accounts/{id}/sfcc/products/{productId}`: deletes a product from the instance's catalog, as a
/// merchant does in Business Manager → Products, so the portal's next catalog pull marks it removed. Deleting a master deletes
/// its variants with it (they cannot exist without it); their stock records go too. `catalog/generate` puts generated
/// products back, which lets a merchant watch the mark clear again.
/// </summary>
public static class SfccProductControlEndpoints
{
    public static void Map(RouteGroupBuilder sfcc) => sfcc.MapDelete("/products/{productId}", DeleteAsync);

    private static async Task<IResult> DeleteAsync(string id, string productId, SandboxDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var accountId) || !await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == accountId, ct))
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound, $"No sandbox account '{id}'. Create one with POST /sandbox/_control/accounts.");
        }
        var product = await db.SfccProducts.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId && p.Id == productId, ct);
        if (product is null)
        {
            return SandboxProblem.Write(StatusCodes.Status404NotFound,
                $"The SFCC catalog of account {accountId} has no product '{productId}' (product ids are case-sensitive).");
        }
        var ids = product.Type == "master"
            ? await db.SfccProducts.Where(p => p.AccountId == accountId && p.MasterId == productId).Select(p => p.Id).ToListAsync(ct)
            : [];
        ids.Add(productId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SfccInventory.Where(r => r.AccountId == accountId && ids.Contains(r.ProductId)).ExecuteDeleteAsync(ct);
        await db.SfccProducts.Where(p => p.AccountId == accountId && ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        var body = new JsonObject { ["deleted"] = new JsonArray([.. ids.Order(StringComparer.Ordinal).Select(i => (JsonNode)i)]) };
        return TypedResults.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8);
    }
}
