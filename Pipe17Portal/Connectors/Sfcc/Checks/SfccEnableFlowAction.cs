using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Connect;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// One-click fix <c>sfcc.enable-flow</c>: turns one of the Salesforce connection's pull switches on. It saves through the
/// settings page's own path (<see cref="SfccConnectionService.SaveAsync"/>: Developer role, validation, the connection's
/// version as concurrency token, an audit entry per changed setting, the flows rescheduled), with every other setting and
/// password left as they are.
/// </summary>
public sealed class SfccEnableFlowAction(SfccConnectionService settings) : ICheckActionHandler
{
    /// <summary>The switches this fix may turn on (the setting's name is the action's argument).</summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(SfccConnectionSettings.PullCatalog)] = "Pull product catalog from Salesforce",
        [nameof(SfccConnectionSettings.PullInventory)] = "Pull inventory information from Salesforce",
        [nameof(SfccConnectionSettings.PullShippingRequests)] = "Pull shipping requests from Salesforce",
        [nameof(SfccConnectionSettings.PullFulfillments)] = "Pull fulfillment information from Salesforce",
    };

    public string Kind => SfccFlowCheckParts.EnableFlowKind;

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        if (action.ConnectionId is not { } id)
        {
            throw ApiProblemException.Invalid("connectionId", "Name the Salesforce connection whose flow to turn on (connectionId), as the check's result offers it.");
        }
        if (action.Argument is null || !Switches.TryGetValue(action.Argument, out var label))
        {
            throw ApiProblemException.Invalid("argument", $"'{action.Argument}' is not a Salesforce flow switch; use one of {string.Join(", ", Switches.Keys)}.");
        }
        var v = await settings.GetAsync(id, ct);
        var already = action.Argument switch
        {
            nameof(SfccConnectionSettings.PullCatalog) => v.PullCatalog,
            nameof(SfccConnectionSettings.PullInventory) => v.PullInventory,
            nameof(SfccConnectionSettings.PullShippingRequests) => v.PullShippingRequests,
            _ => v.PullFulfillments,
        };
        if (already)
        {
            return $"{label} was already on for {v.DisplayName}.";
        }
        var update = new SfccSettingsUpdate(v.ShortCode, v.OrganizationId, v.SiteId, v.OcapiUrl,
            v.B2cClientId, null, v.ShopClientId, null, v.OcapiClientId, null, v.BmUser, null, v.OcapiVersion,
            PullCatalog: v.PullCatalog || action.Argument == nameof(SfccConnectionSettings.PullCatalog),
            ForceCatalogResync: v.ForceCatalogResync,
            PullShippingRequests: v.PullShippingRequests || action.Argument == nameof(SfccConnectionSettings.PullShippingRequests),
            PullFulfillments: v.PullFulfillments || action.Argument == nameof(SfccConnectionSettings.PullFulfillments),
            PullInventory: v.PullInventory || action.Argument == nameof(SfccConnectionSettings.PullInventory),
            ForceInventoryResync: v.ForceInventoryResync,
            OciTenantGroupId: v.OciTenantGroupId,
            InventoryLocations: v.InventoryLocations ?? [],
            Version: v.Version);
        await settings.SaveAsync(id, update, ct);
        return $"{label} is on for {v.DisplayName}; the flow is scheduled.";
    }
}
