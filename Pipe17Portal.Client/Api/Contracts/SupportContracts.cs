namespace Pipe17Portal.Client.Api.Contracts;

public enum SupportUrgency
{
    /// <summary>A question; no hurry.</summary>
    Low = 0,
    /// <summary>Something does not work as expected, orders still flow.</summary>
    Normal = 1,
    /// <summary>Orders, stock or fulfillments are not flowing.</summary>
    High = 2,
}

/// <summary>A support request; the diagnostic bundle is built by the server when it is sent (the same as GET /support/bundle).</summary>
public sealed class SupportRequestForm
{
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    public SupportUrgency Urgency { get; set; } = SupportUrgency.Normal;
    /// <summary>Where support answers; the signed-in member's email when left empty.</summary>
    public string? ContactEmail { get; set; }
}

/// <summary>The stored request: its reference number is what the merchant quotes to support.</summary>
public sealed record SupportRequestInfo(
    Guid Id,
    string Reference,
    string Subject,
    SupportUrgency Urgency,
    string ContactEmail,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    bool Emailed,
    string SentTo);
