using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.Fulfillment;

/// <summary>
/// The carrier mapping being edited: rows, the carriers seen on fulfillments that have no row yet, and the checks the
/// page can make before saving (the server checks again, and checks each provider against TikTok's list).
/// </summary>
public sealed class CarrierMappingDraft(CarrierMappingView view)
{
    public sealed class Row
    {
        public string SfccCarrier { get; set; } = "";
        public string ProviderId { get; set; } = "";
    }

    public List<Row> Rows { get; } = [.. view.Rows.Select(r => new Row { SfccCarrier = r.SfccCarrier, ProviderId = r.ProviderId })];

    public IReadOnlyList<ShippingProviderChoice> Providers => view.Providers;

    /// <summary>The connection's version the rows were read at, sent back with the save.</summary>
    public int Version => view.Version;

    /// <summary>Carriers (or shipping methods) seen on fulfillments that no row maps yet.</summary>
    public IReadOnlyList<string> Unmapped => [.. view.SeenCarriers.Where(c => !Rows.Any(r => Same(r.SfccCarrier, c)))];

    public void Add(string carrier = "") => Rows.Add(new Row { SfccCarrier = carrier });

    public void Remove(Row row) => Rows.Remove(row);

    public string ProviderName(string id) => view.Providers.FirstOrDefault(p => p.Id == id)?.Name
        ?? view.Rows.FirstOrDefault(r => r.ProviderId == id)?.ProviderName ?? id;

    /// <summary>Problems keyed like the server's (rows[i].sfccCarrier / rows[i].providerId); empty when the draft can be sent.</summary>
    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var carrier = Rows[i].SfccCarrier.Trim();
            if (carrier.Length == 0)
            {
                errors[$"rows[{i}].sfccCarrier"] = [$"Row {i + 1}: enter the carrier as Salesforce names it, e.g. UPS."];
            }
            else if (Rows.Take(i).Any(r => Same(r.SfccCarrier, carrier)))
            {
                errors[$"rows[{i}].sfccCarrier"] = [$"Row {i + 1}: '{carrier}' is already mapped in an earlier row."];
            }
            if (Rows[i].ProviderId.Length == 0)
            {
                errors[$"rows[{i}].providerId"] = [$"Row {i + 1}: choose the TikTok shipping provider."];
            }
        }
        return errors;
    }

    public CarrierMappingUpdate ToUpdate() =>
        new([.. Rows.Select(r => new CarrierMappingRow(r.SfccCarrier.Trim(), r.ProviderId, ProviderName(r.ProviderId)))], view.Version);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
