using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;
using Pipe17Portal.Sandbox.Sfcc.AccountManager;
using Pipe17Portal.Sandbox.Sfcc.Ocapi;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// Gives a sandbox account its SFCC instance: the three API clients as the setup guide's Step 1 makes them, the BM user's roles, the
/// OCAPI settings, the shared catalog (canonical SKUs) with stock, a few customers, shipping methods 001/002/003 and payment
/// methods. Not the generic TikTok customer nor the TTS payment method: the merchant creates those. Idempotent.
/// </summary>
public static class SfccSeeder
{
    public static async Task<SfccInstance> EnsureAsync(SandboxDbContext db, SandboxAccount account, DateTimeOffset now, CancellationToken ct)
    {
        var instance = await SfccLookups.Instance(db, account.Id, ct);
        if (instance is not null)
        {
            return instance;
        }
        instance = Seed(db, account, now);
        try
        {
            await db.SaveChangesAsync(ct);
            return instance;
        }
        catch (DbUpdateException)
        {
            // Another request seeded the same instance first; use its rows.
            db.ChangeTracker.Clear();
            return await db.SfccInstances.SingleAsync(i => i.AccountId == account.Id, ct);
        }
    }

    /// <summary>Adds the instance's rows to the context without saving, so account creation stores everything at once.</summary>
    public static SfccInstance Seed(SandboxDbContext db, SandboxAccount account, DateTimeOffset now)
    {
        var instance = new SfccInstance
        {
            AccountId = account.Id,
            SeededAt = now,
            ShopSettings = SfccOcapiSettings.DefaultShop(account.SfccOcapiClientId),
            DataSettings = SfccOcapiSettings.DefaultData(account.SfccOcapiClientId),
        };
        db.SfccInstances.Add(instance);
        SfccCatalogSeed.Add(db, account.Id, SfccLocations.Store(account), now);
        foreach (var (clientId, kind) in Clients(account))
        {
            db.SfccApiClients.Add(new SfccApiClient
            {
                ClientId = clientId,
                AccountId = account.Id,
                Kind = kind,
                Role = SfccRoles.CommerceApi,
                Scopes = string.Join(' ', SfccRoles.SetupGuideScopes),
                DefaultScopes = SfccApiClientSetup.GuideDefaultScopes,
                TokenEndpointAuthMethod = SfccApiClientSetup.ClientSecretPost,
                AccessTokenFormat = SfccApiClientSetup.Jwt,
            });
        }
        return instance;
    }

    public static IEnumerable<(string ClientId, string Kind)> Clients(SandboxAccount account) =>
        [(account.SfccB2cClientId, "b2c"), (account.SfccShopClientId, "shop"), (account.SfccOcapiClientId, "ocapi")];

    public static string? Secret(SandboxAccount account, string clientId) =>
        clientId == account.SfccB2cClientId ? account.SfccB2cClientPassword
        : clientId == account.SfccShopClientId ? account.SfccShopClientPassword
        : clientId == account.SfccOcapiClientId ? account.SfccOcapiClientPassword
        : null;
}
