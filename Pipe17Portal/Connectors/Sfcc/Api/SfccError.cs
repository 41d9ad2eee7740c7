namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <param name="Endpoint">Method and API path template, e.g. <c>POST /s/{site}/dw/shop/v{version}/baskets</c>.</param>
/// <param name="Message">What SFCC said, verbatim (fault message or problem detail), or the client's own description.</param>
/// <param name="Explanation">Plain-language cause and what the merchant can do about it.</param>
/// <param name="FaultType">OCAPI <c>fault.type</c>, e.g. <c>InvalidShippingMethodIdException</c>.</param>
/// <param name="ProblemType">SCAPI problem <c>type</c> (last segment of the URI), e.g. <c>order-not-found</c>.</param>
public sealed record SfccError(
    string Endpoint,
    int? HttpStatus,
    SfccErrorKind Kind,
    string Message,
    string Explanation,
    string? FaultType,
    string? ProblemType)
{
    public override string ToString()
    {
        var type = FaultType ?? ProblemType;
        var status = HttpStatus is { } code ? $" (HTTP {code}{(type is null ? "" : $", {type}")})" : "";
        return $"{Endpoint}: {Message}{status} — {Explanation}";
    }
}
