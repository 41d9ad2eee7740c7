using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>Reads and refreshes a connection's <see cref="SfccLearnedFacts"/> (a cache of what SFCC answered: losing a write is harmless).</summary>
public sealed class SfccLearnedFactsStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<SfccLearnedFactsStore> logger)
{
    /// <summary>The methods last read from the instance; empty lists when they were never read.</summary>
    public static async Task<(IReadOnlyList<SfccMethodInfo> Shipping, IReadOnlyList<SfccMethodInfo> Payment)> MethodsAsync(
        PortalDbContext db, Guid connectionId, CancellationToken ct)
    {
        var facts = await db.Set<SfccLearnedFacts>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(f => f.ConnectionId == connectionId, ct);
        return facts is null ? ([], []) : (facts.ShippingMethods, facts.PaymentMethods);
    }

    /// <summary>
    /// Remembers the methods just read, in a context of its own so that nothing else the caller tracks is saved with
    /// them. Two readers at once may race on the first insert; the loser's copy is the same news and is dropped.
    /// </summary>
    public async Task RememberMethodsAsync(Connection connection, SfccMethods methods, CancellationToken ct)
    {
        if (!methods.IsRead)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facts = await db.Set<SfccLearnedFacts>().IgnoreQueryFilters().SingleOrDefaultAsync(f => f.ConnectionId == connection.Id, ct);
        if (facts is null)
        {
            facts = new SfccLearnedFacts { ConnectionId = connection.Id, WorkspaceId = connection.WorkspaceId };
            db.Add(facts);
        }
        facts.ShippingMethods = methods.Shipping;
        facts.PaymentMethods = methods.Payment;
        facts.MethodsReadAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation("Methods of connection {ConnectionId} were stored by another reader first: {Reason}", connection.Id, e.InnerException?.Message ?? e.Message);
        }
    }
}
