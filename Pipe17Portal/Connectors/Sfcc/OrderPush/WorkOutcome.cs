namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

public enum WorkOutcome
{
    /// <summary>Applied (or found already applied, or nothing left to do).</summary>
    Done,
    /// <summary>A temporary failure; the item waits for its next attempt.</summary>
    Retry,
    /// <summary>Stopped by an order exception until the merchant retries.</summary>
    Blocked,
}
