using System.Diagnostics.CodeAnalysis;

namespace Pipe17Portal.Connectors.Sfcc.Api;

/// <summary>Success with data, or a typed error. API-level failures never throw.</summary>
public sealed class SfccResult<T>
{
    private SfccResult(T? data, SfccError? error)
    {
        Data = data;
        Error = error;
    }

    public T? Data { get; }

    public SfccError? Error { get; }

    [MemberNotNullWhen(true, nameof(Data))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static SfccResult<T> Success(T data) => new(data, null);

    public static SfccResult<T> Failure(SfccError error) => new(default, error);

    public SfccResult<TOther> Map<TOther>(Func<T, TOther> map) =>
        IsSuccess ? SfccResult<TOther>.Success(map(Data)) : SfccResult<TOther>.Failure(Error);

    public override string ToString() => IsSuccess ? "Success" : Error.ToString();
}

/// <summary>For calls whose answer carries nothing (204).</summary>
public sealed record SfccAck
{
    public static SfccAck Instance { get; } = new();

    /// <summary>The <c>Location</c> header when SFCC answered 201 with one.</summary>
    public Uri? Location { get; init; }
}
