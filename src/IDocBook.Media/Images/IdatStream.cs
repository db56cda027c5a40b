using System.Buffers.Binary;

namespace IDocBook.Media.Images;

/// <summary>The concatenated data of a PNG's IDAT chunks as one read-only stream, without copying them.</summary>
internal sealed class IdatStream(byte[] png) : Stream
{
    private const int Idat = 0x49444154;
    private readonly IEnumerator<(int Type, int Start, int Length)> _chunks = Chunks(png).Where(c => c.Type == Idat).GetEnumerator();
    private int _at, _end;

    /// <summary>Every chunk after the signature: type as a big-endian number, data offset and length. Stops at damage.</summary>
    public static IEnumerable<(int Type, int Start, int Length)> Chunks(byte[] png)
    {
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 4));
            if (length < 0) yield break;
            var available = (int)Math.Min(length, png.Length - (at + 8L));
            yield return (type, at + 8, available);
            at += 12 + length;
            if (at < 0) yield break;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_at >= _end)
        {
            if (!_chunks.MoveNext()) return 0;
            (_at, _end) = (_chunks.Current.Start, _chunks.Current.Start + _chunks.Current.Length);
        }
        var n = Math.Min(count, _end - _at);
        Array.Copy(png, _at, buffer, offset, n);
        _at += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _chunks.Dispose();
        base.Dispose(disposing);
    }
}
