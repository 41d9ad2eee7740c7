namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>
/// <c>Sfcc:Shipping</c>: how often the shipping-request and fulfillment pulls poll SFCC, and how far back each run re-reads.
/// The fulfillment pull polls every few seconds so a tracking number reaches the channel within seconds of the warehouse
/// shipping; one run with nothing new costs a single short page.
/// </summary>
public sealed class ShippingPullOptions
{
    public const string Section = "Sfcc:Shipping";

    public int ShippingRequestIntervalSeconds { get; set; } = 30;
    public int FulfillmentIntervalSeconds { get; set; } = 3;
    /// <summary>Each run starts this far before the cursor, so orders committed late (clock skew, long transactions) are not missed.</summary>
    public int OverlapSeconds { get; set; } = 60;
}
