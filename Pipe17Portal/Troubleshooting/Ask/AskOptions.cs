namespace Pipe17Portal.Troubleshooting.Ask;

public sealed class AskOptions
{
    /// <summary>
    /// Load the sentence model in the background once the portal has started (default). Off: it loads at the first question,
    /// which is answered with keywords alone meanwhile.
    /// </summary>
    public bool WarmUpAtStart { get; set; } = true;
}
