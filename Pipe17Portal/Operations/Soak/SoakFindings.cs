namespace Pipe17Portal.Operations.Soak;

/// <summary>What the end state shows, counted; <see cref="Problems"/> names each thing that went wrong (the first few of each kind).</summary>
public sealed class SoakFindings
{
    public int OrdersCreated { get; set; }
    public int InSfcc { get; set; }
    public int Lost { get; set; }
    public int Duplicated { get; set; }
    public int WrongContent { get; set; }
    public int Cancellations { get; set; }
    public int CancellationsMissing { get; set; }
    public int Tracking { get; set; }
    public int TrackingMissing { get; set; }
    public int TrackingDuplicated { get; set; }
    public int InventorySkus { get; set; }
    public int InventoryMismatches { get; set; }
    public int Stuck { get; set; }
    public int PortalBusy { get; set; }
    public int OpenExceptions { get; set; }
    public List<string> Problems { get; } = [];

    /// <summary>Nothing lost, doubled, wrong, missing, stuck or unexplained.</summary>
    public bool Clean => Lost + Duplicated + WrongContent + CancellationsMissing + TrackingMissing + TrackingDuplicated
        + InventoryMismatches + Stuck + OpenExceptions == 0;

    public void Note(string kind, string problem)
    {
        if (Problems.Count(p => p.StartsWith(kind, StringComparison.Ordinal)) < 5)
        {
            Problems.Add($"{kind}: {problem}");
        }
    }
}
