namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>Order.setStatus transitions: NEW, COMPLETED and CANCELLED cannot go back to CREATED or FAILED; FAILED only from CREATED.</summary>
public static class SfccOrderStatus
{
    public static readonly IReadOnlyList<string> All = ["created", "new", "open", "completed", "cancelled", "replaced", "failed"];

    public static bool CanMove(string from, string to) => (from, to) switch
    {
        _ when from == to => true,
        ("created", _) => to is "new" or "open" or "failed" or "cancelled",
        ("new" or "open", _) => to is "new" or "open" or "completed" or "cancelled",
        ("completed", _) => to is "new" or "open" or "cancelled",
        ("cancelled", _) => to is "new" or "open",
        _ => false,
    };

    /// <summary>Whether stock is held by an order in this status (placed and not cancelled or failed).</summary>
    public static bool HoldsStock(string status) => status is "new" or "open" or "completed";
}
