namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>How each order's SFCC customer is chosen (setup guide Step 4). TikTok shares no buyer identity, so only
/// <see cref="GenericForAll"/> works for TikTok Shop orders.</summary>
public enum CustomerMatchingStrategy
{
    GenericForAll = 0,
    EmailCreateIfMissing = 1,
    EmailGenericIfMissing = 2,
    CompanyCreateIfMissing = 3,
    CompanyGenericIfMissing = 4,
    CompanyThenEmailGenericFallback = 5,
}

/// <summary>The "Orders to Salesforce" sync settings of an SFCC connection (setup guide Steps 4 and 8).</summary>
public sealed record OrderSyncSettingsView(
    Guid ConnectionId,
    bool PushOrders,
    IReadOnlyList<OrderStatus> StatusesToPush,
    IReadOnlyList<Guid> SourceConnectionIds,
    bool MarkSentToFulfillment,
    CustomerMatchingStrategy CustomerStrategy,
    string GenericCustomerNo,
    /// <summary>Connections that can be chosen as source channels (every non-Salesforce connection of the workspace).</summary>
    IReadOnlyList<SourceChannelInfo> AvailableSourceChannels,
    /// <summary>Plain-language warnings about the current settings (e.g. cancellations will not propagate).</summary>
    IReadOnlyList<string> Warnings,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

public sealed record SourceChannelInfo(Guid ConnectionId, string DisplayName, string Kind);

public sealed record OrderSyncSettingsUpdate(
    bool PushOrders,
    IReadOnlyList<OrderStatus> StatusesToPush,
    IReadOnlyList<Guid> SourceConnectionIds,
    bool MarkSentToFulfillment,
    CustomerMatchingStrategy CustomerStrategy,
    string GenericCustomerNo,
    /// <summary>The version the page read (<see cref="OrderSyncSettingsView.Version"/>); a stale one answers 409.</summary>
    int? Version = null);

public enum FieldMappingKind
{
    /// <summary>The portal's built-in rule for the field (described per field).</summary>
    Default = 0,
    Constant = 1,
    /// <summary>A table from a source document value to the target value; an unmatched value is an order exception.</summary>
    Lookup = 2,
    /// <summary>A JavaScript expression over <c>sourcedoc</c>, run in a sandbox with hard limits.</summary>
    Script = 3,
}

public sealed record LookupRow(string From, string To);

/// <summary>How one target field of the SFCC order document is produced.</summary>
public sealed record FieldMapping(
    string Target,
    FieldMappingKind Kind,
    string? Constant = null,
    /// <summary>For lookups: the sourcedoc path whose value is looked up, e.g. <c>shipping.optionName</c>.</summary>
    string? LookupSource = null,
    IReadOnlyList<LookupRow>? Lookup = null,
    string? Script = null);

/// <summary>One row of the readable field list: what SFCC receives in the field and how it is produced.</summary>
public sealed record MappingFieldInfo(
    string Target,
    string Label,
    string DefaultDescription,
    bool Overridable,
    IReadOnlyList<FieldMappingKind> AllowedKinds,
    FieldMapping Mapping);

/// <summary>A field of the portal order document (<c>sourcedoc</c>) that lookups and scripts can read.</summary>
public sealed record SourceDocField(string Path, string Type, string Description);

public sealed record SfccMethodInfo(string Id, string? Name);

public sealed record OrderMappingView(
    Guid ConnectionId,
    IReadOnlyList<MappingFieldInfo> Fields,
    IReadOnlyList<SourceDocField> SourceDocFields,
    /// <summary>Read from the SFCC instance; empty with <see cref="MethodsError"/> set when it could not be read.</summary>
    IReadOnlyList<SfccMethodInfo> ShippingMethods,
    IReadOnlyList<SfccMethodInfo> PaymentMethods,
    string? MethodsError,
    /// <summary>Delivery options seen on the workspace's orders ("name" and "id" as received), to map them all.</summary>
    IReadOnlyList<SeenShippingOption> SeenShippingOptions,
    /// <summary>Every option to map: TikTok's live delivery options merged with those seen on orders, each marked by its source.</summary>
    IReadOnlyList<ShippingOptionChoice>? ShippingOptions = null,
    /// <summary>Why TikTok's live options are missing (not reachable, not connected); null when they were read.</summary>
    string? ShippingOptionsNote = null,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

public sealed record SeenShippingOption(string? Id, string? Name, int Orders);

/// <summary>
/// A delivery option the shipping table should cover. <c>OfferedByTikTok</c>: read live from the shop's logistics API (with its
/// <c>Type</c> and the <c>Warehouses</c> offering it); <c>Orders</c> &gt; 0: seen on that many orders. Both can be true.
/// </summary>
public sealed record ShippingOptionChoice(string? Id, string? Name, int Orders, bool OfferedByTikTok, string? Type = null, IReadOnlyList<string>? Warehouses = null)
{
    public bool SeenOnOrders => Orders > 0;
}

/// <summary>
/// Only overridden fields need to be listed; targets not listed keep their default. <see cref="Version"/> is the one the
/// page read: a save over a newer change answers 409 instead of undoing it (leave it out only to overwrite on purpose).
/// </summary>
public sealed record OrderMappingUpdate(IReadOnlyList<FieldMapping> Fields, int? Version = null);

/// <summary>Runs the mapping (the saved one, or <see cref="Fields"/> when given) on a real order, without writing anything.</summary>
public sealed record MappingPreviewRequest(Guid OrderId, IReadOnlyList<FieldMapping>? Fields = null);

public sealed record MappingPreview(
    string SourceDocJson,
    /// <summary>The exact document that would be sent to SFCC, or null when the mapping failed.</summary>
    string? DocumentJson,
    IReadOnlyList<OrderProblemInfo> Problems);

/// <summary>A problem that stops an order from being pushed: what is wrong, why, and how to fix it.</summary>
public sealed record OrderProblemInfo(
    OrderExceptionType Type,
    string Message,
    string Cause,
    string Fix,
    /// <summary>A portal path where the fix is made, e.g. the mapping editor or the product's Channel Options.</summary>
    string? FixLink,
    string? ExternalFaultType = null,
    string? ExternalMessage = null);

public enum TestOrderMode { DryRun = 0, Push = 1 }

/// <summary>Test one order: a portal order to map (dry run) or to push even when Push orders to Salesforce is off.</summary>
public sealed record TestOrderRequest(Guid OrderId);

public sealed record TestOrderCheck(string Name, CheckOutcome Outcome, string Detail, string? Fix, string? FixLink);

public sealed record TestOrderResult(
    TestOrderMode Mode,
    Guid OrderId,
    string SourceOrderId,
    string? SfccOrderNo,
    string? DocumentJson,
    /// <summary>The SFCC order as read back after a push.</summary>
    string? SfccOrderJson,
    IReadOnlyList<TestOrderCheck> Checks,
    bool Succeeded);
