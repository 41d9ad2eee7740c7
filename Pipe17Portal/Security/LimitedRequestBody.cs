using System.Net;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Security;

/// <summary>
/// A request body that refuses to be read past a limit, for bodies sent without Content-Length (chunked). It fails with a
/// 413 <see cref="ApiProblemException"/> rather than an IOException, so the API answers with problem details instead of the
/// body reader swallowing it.
/// </summary>
public sealed class LimitedRequestBody(Stream inner, long limit, string describe) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => Count(await inner.ReadAsync(buffer, ct));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public static ApiProblemException TooLarge(string describe) =>
        new(HttpStatusCode.RequestEntityTooLarge, "Request body too large", describe);

    private int Count(int bytes)
    {
        read += bytes;
        return read > limit ? throw TooLarge(describe) : bytes;
    }
}
