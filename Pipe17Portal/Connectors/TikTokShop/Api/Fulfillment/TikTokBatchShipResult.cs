namespace Pipe17Portal.Connectors.TikTokShop.Api.Fulfillment;

/// <summary>Batch Ship answers <c>code: 0</c> even when some packages failed; those are listed here.</summary>
public sealed record TikTokBatchShipResult
{
    public IReadOnlyList<TikTokPackageError> Errors { get; init; } = [];

    public bool AllShipped => Errors.Count == 0;
}

public sealed record TikTokPackageError
{
    public required int Code { get; init; }
    public string? Message { get; init; }
    public TikTokPackageErrorDetail? Detail { get; init; }

    public string? PackageId => Detail?.PackageId;
}

public sealed record TikTokPackageErrorDetail
{
    public string? PackageId { get; init; }
}

public sealed record TikTokMarkPackageAsShippedResult
{
    public required string PackageId { get; init; }
    public string? OrderId { get; init; }
    public IReadOnlyList<string> OrderLineItemIds { get; init; } = [];
    public TikTokWarning? Warning { get; init; }
}

public sealed record TikTokWarning
{
    public string? Message { get; init; }
}
