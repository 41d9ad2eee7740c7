using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;

namespace Pipe17Portal.Features.Support;

/// <summary>A merchant's support request, stored before it is emailed so it is never lost; the bundle is kept as sent.</summary>
public sealed class SupportRequest : IWorkspaceOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; set; }
    /// <summary>What the merchant quotes to support, e.g. SR-20261205-7KQ2XM.</summary>
    public required string Reference { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public SupportUrgency Urgency { get; set; }
    public required string ContactEmail { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string BundleJson { get; set; }
    public required string SentTo { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }
    /// <summary>Why the email could not be sent (the request is stored all the same).</summary>
    public string? EmailError { get; set; }

    public SupportRequestInfo ToInfo() => new(Id, Reference, Subject, Urgency, ContactEmail, CreatedAt, CreatedBy, EmailedAt is not null, SentTo);
}
