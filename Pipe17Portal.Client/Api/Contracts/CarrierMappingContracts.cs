namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>One row: shipments whose SFCC carrier (or, without one, shipping method) is <paramref name="SfccCarrier"/> ship on TikTok with the provider.</summary>
public sealed record CarrierMappingRow(string SfccCarrier, string ProviderId, string ProviderName);

/// <summary>A TikTok shipping provider and the delivery options that offer it.</summary>
public sealed record ShippingProviderChoice(string Id, string Name, IReadOnlyList<string> DeliveryOptions);

/// <summary>
/// The carrier mapping of a TikTok connection, the providers TikTok offers (read live from its logistics API; when that
/// fails, <paramref name="ProvidersError"/> says why) and the SFCC carriers and shipping methods seen on fulfillments.
/// </summary>
public sealed record CarrierMappingView(
    Guid ConnectionId,
    IReadOnlyList<CarrierMappingRow> Rows,
    IReadOnlyList<ShippingProviderChoice> Providers,
    IReadOnlyList<string> SeenCarriers,
    string? ProvidersError,
    /// <summary>The connection's settings version this view was read at; send it back with the save.</summary>
    int Version = 0);

/// <summary>
/// The rows to store; each provider is checked against TikTok's list and its name taken from there. <paramref name="Version"/>
/// is the one the page read (<see cref="CarrierMappingView.Version"/>): a stale one answers 409 instead of undoing someone
/// else's save (leave it out only to overwrite on purpose).
/// </summary>
public sealed record CarrierMappingUpdate(IReadOnlyList<CarrierMappingRow> Rows, int? Version = null);
