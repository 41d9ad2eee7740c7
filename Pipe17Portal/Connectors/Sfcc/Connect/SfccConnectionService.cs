using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Data;
using Pipe17Portal.Features.Activity;
using Pipe17Portal.Features.Common;
using Pipe17Portal.Features.SandboxConsole;
using Pipe17Portal.Security;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Connect;

/// <summary>The Salesforce connection page: settings as the setup guide's Step 3 lists them, Use sandbox, Connect with checks.</summary>
public sealed partial class SfccConnectionService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CurrentMember current,
    AuditTrail audit,
    ConnectionSecrets secrets,
    SandboxBaseAddress sandboxAddress,
    SandboxAccounts sandboxAccounts,
    SfccConnectChecks checks,
    SfccLink link,
    TimeProvider clock) : ISfccConnectionApi
{
    private static readonly (string Name, string Label)[] Passwords =
    [
        (SfccSecrets.B2cClientPassword, "B2C API client password"),
        (SfccSecrets.ShopClientPassword, "Shop API client password"),
        (SfccSecrets.OcapiClientPassword, "OCAPI client password"),
        (SfccSecrets.BmPassword, "Business Manager password"),
    ];

    public async Task<SfccSettingsView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await current.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ViewAsync(db, await FindAsync(db, id, ct), ct);
    }

    public async Task<SfccSettingsView> SaveAsync(Guid id, SfccSettingsUpdate update, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Changing connection settings");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        SettingsVersion.Require(connection, update.Version);
        var before = SfccConnectionSettings.Read(connection.SettingsJson);
        var after = Validate(update, before, await SetSecretsAsync(db, connection.Id, ct));

        Audit(db, me, connection, before, after);
        foreach (var (name, label, value) in NewPasswords(update))
        {
            await secrets.SetAsync(db, connection, name, value, ct);
            audit.Record(db, me, "Connection setting changed", connection, label, "replaced (value not recorded)");
        }
        var credentialsChanged = CredentialsOf(before) != CredentialsOf(after) || NewPasswords(update).Any();
        if (credentialsChanged && connection.Status != ConnectionStatus.NotConnected)
        {
            connection.Status = ConnectionStatus.NotConnected;
            connection.StatusMessage = "Credentials changed: click Connect to check them again.";
        }
        connection.SettingsJson = after.Write();
        connection.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await link.ApplyScheduleAsync(connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    public async Task<SfccSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Using the sandbox");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var account = await sandboxAccounts.ForWorkspaceAsync(me, ct);
        var s = account.Sfcc ?? throw ApiProblemException.Conflict("The sandbox account has no Salesforce instance.");
        var settings = SfccConnectionSettings.Read(connection.SettingsJson) with
        {
            ShortCode = s.ShortCode,
            OrganizationId = s.OrganizationId,
            SiteId = s.SiteId,
            OcapiUrl = s.OcapiBaseUrl,
            B2cClientId = s.B2cApiClientId,
            ShopClientId = s.ShopApiClientId,
            OcapiClientId = s.OcapiClientId,
            BmUser = s.BusinessManagerUser,
            OciTenantGroupId = s.OciTenantGroupId ?? "",
            InventoryLocations = s.OciLocations ?? [],
            SandboxAccountId = account.Id,
            SandboxBaseUrl = sandboxAddress.BaseUrl,
            LastChecks = [],
        };
        await secrets.SetAsync(db, connection, SfccSecrets.B2cClientPassword, s.B2cApiClientPassword, ct);
        await secrets.SetAsync(db, connection, SfccSecrets.ShopClientPassword, s.ShopApiClientPassword, ct);
        await secrets.SetAsync(db, connection, SfccSecrets.OcapiClientPassword, s.OcapiClientPassword, ct);
        await secrets.SetAsync(db, connection, SfccSecrets.BmPassword, s.BusinessManagerPassword, ct);
        connection.SettingsJson = settings.Write();
        connection.Status = ConnectionStatus.NotConnected;
        connection.StatusMessage = "Sandbox instance filled in. Click Connect to check it.";
        audit.Record(db, me, "Sandbox account used", connection, "Credentials", $"Sandbox instance {s.OrganizationId}");
        await db.SaveChangesAsync(ct);
        return await ConnectAsync(id, ct);
    }

    public async Task<SfccSettingsView> ConnectAsync(Guid id, CancellationToken ct = default)
    {
        var me = await current.RequireAsync(WorkspaceRole.Developer, "Connecting Salesforce");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await FindAsync(db, id, ct);
        var settings = SfccConnectionSettings.Read(connection.SettingsJson);
        var context = await link.ContextAsync(db, connection, settings, ct);
        var results = await checks.RunAsync(context, ct);
        // The checks take seconds, and a settings save may land meanwhile: Connect writes only what it owns (the status
        // and its checks' results) onto the settings as they are now, never its own older copy of them.
        await db.Entry(connection).ReloadAsync(ct);
        var now = SfccConnectionSettings.Read(connection.SettingsJson);
        if (CredentialsOf(now) != CredentialsOf(settings))
        {
            throw ApiProblemException.Conflict("The Salesforce credentials were changed while Connect was checking them. Click Connect again to check the new ones.");
        }
        var failed = results.FirstOrDefault(r => !r.Passed);
        connection.Status = failed is null ? ConnectionStatus.Connected : ConnectionStatus.Error;
        connection.StatusMessage = failed is null
            ? $"Connected — {now.OrganizationId}, site {now.SiteId}"
            : $"{failed.Name} failed: {failed.Message}";
        connection.SettingsJson = (now with { LastChecks = results }).Write();
        connection.UpdatedAt = clock.GetUtcNow();
        audit.Record(db, me, failed is null ? "Connected" : "Connect failed", connection, "Checks", failed is null ? $"{results.Count} checks passed" : failed.Name);
        await db.SaveChangesAsync(ct);
        await link.ApplyScheduleAsync(connection, ct);
        return await ViewAsync(db, connection, ct);
    }

    private static SfccConnectionSettings Validate(SfccSettingsUpdate u, SfccConnectionSettings before, IReadOnlySet<string> secretsSet)
    {
        var check = new InputCheck();
        string Field(string? value, string field, string label, Regex shape, string hint)
        {
            var v = value?.Trim() ?? "";
            if (!shape.IsMatch(v))
            {
                check.Add(field, v.Length == 0 ? $"{label} is required. {hint}" : $"'{v}' is not a valid {label}. {hint}");
            }
            return v;
        }
        var shortCode = Field(u.ShortCode, "shortCode", "Short Code", ShortCodeShape(), "It is the 8 letters and digits in Business Manager → Administration → Site Development → Salesforce Commerce API Settings.");
        var org = Field(u.OrganizationId, "organizationId", "Organization ID", OrganizationShape(), "It looks like f_ecom_abcd_001 (same page as the Short Code).");
        var site = Field(u.SiteId, "siteId", "Site ID", SiteShape(), "The site's id from Administration → Sites → Manage Sites, e.g. RefArch.");
        var b2c = Field(u.B2cClientId, "b2cClientId", "B2C API Client ID", ClientIdShape(), "Account Manager → API Client shows it.");
        var shop = Field(u.ShopClientId, "shopClientId", "B2C Shop API Client ID", ClientIdShape(), "Account Manager → API Client shows it.");
        var ocapi = Field(u.OcapiClientId, "ocapiClientId", "OCAPI Client ID", ClientIdShape(), "Account Manager → API Client shows it.");
        var bm = Field(u.BmUser, "bmUser", "Business Manager User Name", AnyText(), "The user the portal signs in as (often an email address).");
        var version = Field(u.OcapiVersion, "ocapiVersion", "OCAPI version", VersionShape(), "Use the form 23_2.");
        var ocapiUrl = u.OcapiUrl?.Trim() ?? "";
        if (!before.IsSandbox || ocapiUrl != before.OcapiUrl)
        {
            var problem = Uri.TryCreate(ocapiUrl, UriKind.Absolute, out var url) ? SfccAddressGuard.Validate(url, isSandbox: false) : "Enter the instance's address, e.g. https://abcd-001.dx.commercecloud.salesforce.com.";
            if (problem is not null)
            {
                check.Add("ocapiUrl", problem);
            }
        }
        foreach (var (name, label) in Passwords)
        {
            var given = name switch
            {
                SfccSecrets.B2cClientPassword => u.B2cClientPassword,
                SfccSecrets.ShopClientPassword => u.ShopClientPassword,
                SfccSecrets.OcapiClientPassword => u.OcapiClientPassword,
                _ => u.BmPassword,
            };
            if ((given is null && !secretsSet.Contains(name)) || given is { Length: 0 })
            {
                check.Add(FieldOf(name), $"The {label} is required.");
            }
        }
        var tenantGroup = u.OciTenantGroupId?.Trim() ?? before.OciTenantGroupId;
        if (tenantGroup.Length > 0 && !OciIdShape().IsMatch(tenantGroup))
        {
            check.Add("ociTenantGroupId", $"'{tenantGroup}' is not a valid OCI tenant group id; copy it from Business Manager → Omnichannel Inventory, or leave it empty to use the Organization ID.");
        }
        var locations = u.InventoryLocations?.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? [.. before.InventoryLocations];
        if (locations.FirstOrDefault(l => !OciIdShape().IsMatch(l)) is { } badLocation)
        {
            check.Add("inventoryLocations", $"'{badLocation}' is not a valid OCI location id (letters, digits, '-', '_' and '.', up to 100).");
        }
        if (locations.Count > MaxInventoryLocations)
        {
            check.Add("inventoryLocations", $"List at most {MaxInventoryLocations} locations; {locations.Count} are listed.");
        }
        check.ThrowIfInvalid();
        return before with
        {
            ShortCode = shortCode, OrganizationId = org, SiteId = site, OcapiUrl = ocapiUrl, B2cClientId = b2c, ShopClientId = shop,
            OcapiClientId = ocapi, BmUser = bm, OcapiVersion = version, PullCatalog = u.PullCatalog, ForceCatalogResync = u.ForceCatalogResync,
            PullShippingRequests = u.PullShippingRequests, PullFulfillments = u.PullFulfillments, PullInventory = u.PullInventory,
            ForceInventoryResync = u.ForceInventoryResync, OciTenantGroupId = tenantGroup, InventoryLocations = locations,
        };
    }

    private static string FieldOf(string secret) => secret switch
    {
        SfccSecrets.B2cClientPassword => "b2cClientPassword",
        SfccSecrets.ShopClientPassword => "shopClientPassword",
        SfccSecrets.OcapiClientPassword => "ocapiClientPassword",
        _ => "bmPassword",
    };

    private static IEnumerable<(string Name, string Label, string Value)> NewPasswords(SfccSettingsUpdate u)
    {
        if (u.B2cClientPassword is { Length: > 0 } b2c) yield return (SfccSecrets.B2cClientPassword, "B2C API client password", b2c);
        if (u.ShopClientPassword is { Length: > 0 } shop) yield return (SfccSecrets.ShopClientPassword, "Shop API client password", shop);
        if (u.OcapiClientPassword is { Length: > 0 } ocapi) yield return (SfccSecrets.OcapiClientPassword, "OCAPI client password", ocapi);
        if (u.BmPassword is { Length: > 0 } bm) yield return (SfccSecrets.BmPassword, "Business Manager password", bm);
    }

    private static string CredentialsOf(SfccConnectionSettings s) =>
        string.Join("|", s.ShortCode, s.OrganizationId, s.SiteId, s.OcapiUrl, s.B2cClientId, s.ShopClientId, s.OcapiClientId, s.BmUser, s.OcapiVersion);

    private async Task<IReadOnlySet<string>> SetSecretsAsync(PortalDbContext db, Guid connectionId, CancellationToken ct)
    {
        var set = new HashSet<string>();
        foreach (var (name, _) in Passwords)
        {
            if (await secrets.GetAsync(db, connectionId, name, ct) is not null)
            {
                set.Add(name);
            }
        }
        return set;
    }

    private void Audit(PortalDbContext db, Member me, Connection connection, SfccConnectionSettings before, SfccConnectionSettings after)
    {
        void Field(string name, object from, object to)
        {
            if (!Equals(from, to))
            {
                audit.Record(db, me, "Connection setting changed", connection, name, $"'{from}' → '{to}'");
            }
        }
        Field("Short Code", before.ShortCode, after.ShortCode);
        Field("Organization ID", before.OrganizationId, after.OrganizationId);
        Field("Site ID", before.SiteId, after.SiteId);
        Field("OCAPI URL", before.OcapiUrl, after.OcapiUrl);
        Field("B2C API Client ID", before.B2cClientId, after.B2cClientId);
        Field("Shop API Client ID", before.ShopClientId, after.ShopClientId);
        Field("OCAPI Client ID", before.OcapiClientId, after.OcapiClientId);
        Field("Business Manager User Name", before.BmUser, after.BmUser);
        Field("OCAPI version", before.OcapiVersion, after.OcapiVersion);
        Field("Pull product catalog from Salesforce", before.PullCatalog, after.PullCatalog);
        Field("Force product catalog resync", before.ForceCatalogResync, after.ForceCatalogResync);
        Field("Pull shipping requests from Salesforce", before.PullShippingRequests, after.PullShippingRequests);
        Field("Pull fulfillment information from Salesforce", before.PullFulfillments, after.PullFulfillments);
        Field("Pull inventory information from Salesforce", before.PullInventory, after.PullInventory);
        Field("Force inventory catalog resync", before.ForceInventoryResync, after.ForceInventoryResync);
        Field("OCI tenant group", before.OciTenantGroupId, after.OciTenantGroupId);
        Field("Inventory locations", string.Join(", ", before.InventoryLocations), string.Join(", ", after.InventoryLocations));
    }

    public static async Task<Connection> FindAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw ApiProblemException.NotFound("The connection");
        return connection.Kind == ConnectorKind.SalesforceCommerceCloud ? connection : throw ApiProblemException.NotFound("A Salesforce connection with this id");
    }

    private async Task<SfccSettingsView> ViewAsync(PortalDbContext db, Connection connection, CancellationToken ct)
    {
        var s = SfccConnectionSettings.Read(connection.SettingsJson);
        var set = await SetSecretsAsync(db, connection.Id, ct);
        return new SfccSettingsView(connection.Id, connection.DisplayName, connection.Status, connection.StatusMessage,
            s.ShortCode, s.OrganizationId, s.SiteId, s.OcapiUrl,
            s.B2cClientId, set.Contains(SfccSecrets.B2cClientPassword), s.ShopClientId, set.Contains(SfccSecrets.ShopClientPassword),
            s.OcapiClientId, set.Contains(SfccSecrets.OcapiClientPassword), s.BmUser, set.Contains(SfccSecrets.BmPassword),
            s.OcapiVersion, s.PullCatalog, s.ForceCatalogResync, s.IsSandbox, s.LastChecks,
            OcapiSettingsHelper.Shop(s.OcapiClientId, s.OcapiVersion), OcapiSettingsHelper.Data(s.OcapiClientId),
            s.PullShippingRequests, s.PullFulfillments, s.PullInventory, s.ForceInventoryResync, s.OciTenantGroupId, s.InventoryLocations, connection.Version);
    }

    [GeneratedRegex("^[a-z0-9]{8}$")] internal static partial Regex ShortCodeShape();
    [GeneratedRegex("^f_ecom_[a-z0-9]{4}_[a-z0-9]{3}$")] internal static partial Regex OrganizationShape();
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")] internal static partial Regex SiteShape();
    [GeneratedRegex("^[A-Za-z0-9_.-]{8,100}$")] private static partial Regex ClientIdShape();
    [GeneratedRegex("^.{1,256}$")] private static partial Regex AnyText();
    [GeneratedRegex("^[0-9]{2}_[0-9]{1,2}$")] internal static partial Regex VersionShape();
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")] private static partial Regex OciIdShape();
    private const int MaxInventoryLocations = 100;
}
