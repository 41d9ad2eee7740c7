using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Ocapi;
using Pipe17Portal.Data;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>The site's shipping and payment methods as SFCC lists them now, or why they could not be read.</summary>
public sealed record SfccMethods(IReadOnlyList<SfccMethodInfo> Shipping, IReadOnlyList<SfccMethodInfo> Payment, string? Error)
{
    public bool IsRead => Error is null;
}

/// <summary>
/// Reads the site's shipping and payment methods live. OCAPI lists methods per basket, so a temporary empty basket is
/// created, read and deleted; nothing of the portal is saved. Shared by the mapping page and the troubleshooting checks,
/// so both judge a method id against the same list.
/// </summary>
public sealed class SfccMethodsReader(SfccLink sfccLink, ILogger<SfccMethodsReader> logger)
{
    public async Task<SfccMethods> ReadAsync(PortalDbContext db, Connection connection, SfccConnectionSettings settings, CancellationToken ct)
    {
        if (connection.Status != ConnectionStatus.Connected)
        {
            return new([], [], "The Salesforce connection is not connected, so its shipping and payment methods cannot be read. Click Connect first; until then, type method IDs as they are in Business Manager.");
        }
        var client = await sfccLink.ClientAsync(db, connection, settings, ct);
        var basket = await client.Shop.CreateBasketAsync(new OcapiBasketRequest(), ct);
        if (!basket.IsSuccess)
        {
            return new([], [], $"Could not read the methods from Salesforce: {basket.Error.Message} — {basket.Error.Explanation}");
        }
        try
        {
            var shipping = await client.Shop.GetShippingMethodsAsync(basket.Data.BasketId, ct: ct);
            var payment = await client.Shop.GetPaymentMethodsAsync(basket.Data.BasketId, ct);
            if (!shipping.IsSuccess || !payment.IsSuccess)
            {
                var error = shipping.Error ?? payment.Error!;
                return new([], [], $"Could not read the methods from Salesforce: {error.Message} — {error.Explanation}");
            }
            return new(
                [.. shipping.Data.ApplicableShippingMethods.Select(m => new SfccMethodInfo(m.Id, m.Name))],
                [.. payment.Data.ApplicablePaymentMethods.Select(m => new SfccMethodInfo(m.Id, m.Name))],
                null);
        }
        finally
        {
            var deleted = await client.Shop.DeleteBasketAsync(basket.Data.BasketId, CancellationToken.None);
            if (!deleted.IsSuccess)
            {
                logger.LogWarning("Temporary basket {BasketId} could not be deleted: {Error}", basket.Data.BasketId, deleted.Error);
            }
        }
    }

    /// <summary>The delivery options orders from the sales channels carried (every connection but this Salesforce one), with counts.</summary>
    public static async Task<List<SeenShippingOption>> SeenOptionsAsync(PortalDbContext db, Guid sfccConnectionId, CancellationToken ct) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.SourceConnectionId != sfccConnectionId && (o.ShippingOptionId != null || o.ShippingOptionName != null))
            .GroupBy(o => new { o.ShippingOptionId, o.ShippingOptionName })
            .Select(g => new SeenShippingOption(g.Key.ShippingOptionId, g.Key.ShippingOptionName, g.Count()))
            .ToListAsync(ct);
}
