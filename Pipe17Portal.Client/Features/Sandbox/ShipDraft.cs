using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Client.Features.Sandbox;

/// <summary>
/// What the warehouse ships in one go in the Sandbox Business Manager: a carrier, a tracking number that looks like that
/// carrier's (generated, editable), and which unshipped lines, each whole or in part.
/// </summary>
public sealed class ShipDraft
{
    public static readonly IReadOnlyList<string> Carriers = ["UPS", "USPS", "FedEx", "DHL"];

    public sealed class Line
    {
        public required string ProductId { get; init; }
        public int Unshipped { get; init; }
        public bool Selected { get; set; } = true;
        public int Quantity { get; set; }
    }

    private readonly Random random;
    private string carrier = "UPS";

    public ShipDraft(BmOrder order, Random? random = null)
    {
        this.random = random ?? Random.Shared;
        OrderNo = order.OrderNo;
        Lines = [.. (order.Lines ?? []).Where(l => !l.Shipped).GroupBy(l => l.ProductId)
            .Select(g => new Line { ProductId = g.Key, Unshipped = (int)g.Sum(l => l.Quantity), Quantity = (int)g.Sum(l => l.Quantity) })];
        TrackingNumber = Generate(carrier);
    }

    public string OrderNo { get; }
    public List<Line> Lines { get; }
    public string TrackingNumber { get; set; }

    /// <summary>Changing the carrier gives a new tracking number in that carrier's format.</summary>
    public string Carrier
    {
        get => carrier;
        set
        {
            carrier = value;
            TrackingNumber = Generate(value);
        }
    }

    /// <summary>The first problem that stops the shipment, or null.</summary>
    public string? Problem =>
        string.IsNullOrWhiteSpace(Carrier) ? "Choose a carrier."
        : string.IsNullOrWhiteSpace(TrackingNumber) ? "Enter a tracking number."
        : !Lines.Any(l => l.Selected) ? "Choose at least one line to ship."
        : Lines.FirstOrDefault(l => l.Selected && (l.Quantity < 1 || l.Quantity > l.Unshipped)) is { } wrong
            ? $"Ship 1 to {wrong.Unshipped} unit(s) of {wrong.ProductId}."
            : null;

    /// <summary>The request: no lines when everything unshipped goes, else the chosen units per product.</summary>
    public BmShipRequest ToRequest() => new(TrackingNumber.Trim(), Carrier,
        Lines.All(l => l.Selected && l.Quantity == l.Unshipped) ? null : [.. Lines.Where(l => l.Selected).Select(l => new BmShipLine(l.ProductId, l.Quantity))]);

    /// <summary>A plausible tracking number for the carrier (not a real one).</summary>
    public string Generate(string forCarrier) => forCarrier switch
    {
        "UPS" => "1Z" + Letters(3) + Digits(13),
        "USPS" => "9400" + Digits(18),
        "FedEx" => Digits(12),
        "DHL" => Digits(10),
        _ => Letters(2) + Digits(10),
    };

    private string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));

    private string Letters(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('A' + random.Next(26))));
}
