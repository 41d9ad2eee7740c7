using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// The look-ups every OCAPI call makes (its client, account, instance and faults, then products, stock, customers, methods
/// and documents), compiled once: built as LINQ on each call they cost more CPU than the SQL they run, and the emulator
/// answers thousands of them in a push.
/// </summary>
public static class SfccLookups
{
    public static readonly Func<SandboxDbContext, string, CancellationToken, Task<SfccApiClient?>> ApiClient =
        EF.CompileAsyncQuery((SandboxDbContext db, string clientId, CancellationToken _) =>
            db.SfccApiClients.AsNoTracking().SingleOrDefault(c => c.ClientId == clientId));

    public static readonly Func<SandboxDbContext, Guid, CancellationToken, Task<SandboxAccount?>> Account =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, CancellationToken _) =>
            db.Accounts.AsNoTracking().SingleOrDefault(a => a.Id == accountId));

    /// <summary>Tracked: resources change the instance's settings and site preferences through it.</summary>
    public static readonly Func<SandboxDbContext, Guid, CancellationToken, Task<SfccInstance?>> Instance =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, CancellationToken _) =>
            db.SfccInstances.SingleOrDefault(i => i.AccountId == accountId));

    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<SandboxFaultSettings?>> Faults =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string system, CancellationToken _) =>
            db.Faults.AsNoTracking().SingleOrDefault(f => f.AccountId == accountId && f.System == system));

    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<SfccProduct?>> Product =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string productId, CancellationToken _) =>
            db.SfccProducts.AsNoTracking().SingleOrDefault(p => p.AccountId == accountId && p.Id == productId));

    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<SfccInventoryRecord?>> Stock =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string productId, CancellationToken _) =>
            db.SfccInventory.AsNoTracking().SingleOrDefault(r => r.AccountId == accountId && r.ProductId == productId));

    /// <summary>Tracked, to change the turnover.</summary>
    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<SfccInventoryRecord?>> StockForUpdate =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string productId, CancellationToken _) =>
            db.SfccInventory.SingleOrDefault(r => r.AccountId == accountId && r.ProductId == productId));

    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<SfccCustomer?>> CustomerByNumber =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string customerNo, CancellationToken _) =>
            db.SfccCustomers.AsNoTracking().SingleOrDefault(c => c.AccountId == accountId && c.CustomerNo == customerNo));

    /// <summary>A shipping or payment method (kind "shipping" / "payment").</summary>
    public static readonly Func<SandboxDbContext, Guid, string, string, CancellationToken, Task<SfccMethod?>> Method =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string kind, string id, CancellationToken _) =>
            db.SfccMethods.AsNoTracking().SingleOrDefault(m => m.AccountId == accountId && m.Kind == kind && m.Id == id));

    /// <summary>Tracked: a basket or order document (kind "basket" / "order").</summary>
    public static readonly Func<SandboxDbContext, Guid, string, string, CancellationToken, Task<SfccDocument?>> Document =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string kind, string id, CancellationToken _) =>
            db.SfccDocuments.SingleOrDefault(d => d.AccountId == accountId && d.Kind == kind && d.Id == id));

    public static readonly Func<SandboxDbContext, Guid, string, CancellationToken, Task<int>> OpenBaskets =
        EF.CompileAsyncQuery((SandboxDbContext db, Guid accountId, string customerNo, CancellationToken _) =>
            db.SfccDocuments.Count(d => d.AccountId == accountId && d.Kind == "basket" && d.CustomerNo == customerNo));
}
