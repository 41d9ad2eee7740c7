namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>An answer body that sends one byte every 50 ms for ten minutes: for the clients' attempt timeouts.</summary>
public sealed class TrickleStream : Stream
{
    private int sent;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => sent; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (sent >= 12_000)
        {
            return 0;
        }
        await Task.Delay(50, cancellationToken);
        buffer.Span[0] = (byte)' ';
        sent++;
        return 1;
    }
}
