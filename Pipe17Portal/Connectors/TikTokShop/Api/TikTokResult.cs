using System.Diagnostics.CodeAnalysis;

namespace Pipe17Portal.Connectors.TikTokShop.Api;

/// <summary>Success with data, or a typed error. API-level failures never throw.</summary>
public sealed class TikTokResult<T>
{
    private TikTokResult(T? data, TikTokError? error, string? requestId)
    {
        Data = data;
        Error = error;
        RequestId = requestId;
    }

    public T? Data { get; }

    public TikTokError? Error { get; }

    public string? RequestId { get; }

    [MemberNotNullWhen(true, nameof(Data))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static TikTokResult<T> Success(T data, string? requestId = null) => new(data, null, requestId);

    public static TikTokResult<T> Failure(TikTokError error) => new(default, error, error.RequestId);

    public TikTokResult<TOther> Map<TOther>(Func<T, TOther> map) =>
        IsSuccess ? TikTokResult<TOther>.Success(map(Data), RequestId) : TikTokResult<TOther>.Failure(Error);

    public override string ToString() => IsSuccess ? $"Success [request {RequestId}]" : Error.ToString();
}
