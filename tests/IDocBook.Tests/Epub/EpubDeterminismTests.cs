using IDocBook.Epub;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Epub;

public sealed class GivenTheSameBookTwice
{
    [Fact]
    public void ItWritesIdenticalBytes()
    {
        EpubPackage.Sample().Bytes.ShouldBe(EpubPackage.Sample().Bytes);
    }

    [Fact]
    public void ItWritesTheSameBytesToANonSeekableStream()
    {
        using var inner = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(inner))
            EpubWriter.Write(SampleBooks.Sample(), SampleBooks.Options, forwardOnly);
        inner.ToArray().ShouldBe(EpubPackage.Sample().Bytes);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
