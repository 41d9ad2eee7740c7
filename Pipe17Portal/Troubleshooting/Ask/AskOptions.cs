namespace Pipe17Portal.Troubleshooting.Ask;

public sealed class AskOptions
{
    /// <summary>
    /// Load the sentence model in the background once the portal has started. Off (default): it loads when a member first
    /// opens the Ask panel (or asks through the API), and answers use keywords alone until it is ready (a few seconds).
    /// The model costs about 300 MiB of working set and some CPU to embed the articles, which a portal whose merchants
    /// never ask should not pay; turn it on when answers must be at full quality from the first question.
    /// </summary>
    public bool WarmUpAtStart { get; set; }
}
