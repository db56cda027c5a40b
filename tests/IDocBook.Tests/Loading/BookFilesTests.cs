using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Loading;

public class BookFilesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    [InlineData(200_001)]
    public void A_file_is_read_whole_whatever_its_size(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 31)).ToArray();
        using var book = new TempBook();
        File.WriteAllBytes(Path.Combine(book.Root, "blob.bin"), bytes);
        var sink = new DiagnosticSink();

        new BookFiles(book.Root).ReadBytes("blob.bin", sink).ShouldBe(bytes);
        sink.All.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_reported_and_not_read_and_one_at_the_limit_is_read()
    {
        using var book = new TempBook().With("ten.txt", "0123456789").With("eleven.txt", "0123456789A");
        var files = new BookFiles(book.Root);
        var sink = new DiagnosticSink();

        files.ReadBytes("ten.txt", sink, maxBytes: 10).ShouldNotBeNull().Length.ShouldBe(10);
        sink.All.ShouldBeEmpty();
        files.ReadBytes("eleven.txt", sink, maxBytes: 10).ShouldBeNull();
        sink.All.ShouldHaveSingleItem().Message.ShouldContain("larger than");
    }
}
