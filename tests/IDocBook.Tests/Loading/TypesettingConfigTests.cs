using IDocBook.Core.Diagnostics;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

/// <summary>The config keys of issue 13: toc-depth, two-sided, punctuation, hanging-punctuation.</summary>
public sealed class TypesettingConfigTests
{
    [Fact]
    public void TheTypesettingKeysAreRead()
    {
        using var dir = new TempBook().With("book.yml", "title: T\ntoc-depth: 3\ntwo-sided: true\npunctuation: Kaiming\nhanging-punctuation: true\n")
            .With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n正文。\n");
        var sink = new DiagnosticSink();
        var meta = IDocBook.Core.BookReader.Read(dir.Root, sink)!.Metadata;

        sink.All.ShouldBeEmpty();
        (meta.TocDepth, meta.TwoSided, meta.Punctuation, meta.HangingPunctuation).ShouldBe((3, true, "kaiming", true));
    }

    [Fact]
    public void AValueAKeyCannotTakeIsAnErrorAtItsLineAndTheDefaultIsUsed()
    {
        using var dir = new TempBook().With("book.yml", "title: T\ntoc-depth: 9\npunctuation: compressed\ntwo-sided: maybe\n")
            .With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n正文。\n");
        var sink = new DiagnosticSink();
        var meta = IDocBook.Core.BookReader.Read(dir.Root, sink)!.Metadata;

        sink.All.Select(d => $"{d.Code}@{d.Source?.File}:{d.Source?.Line}").ShouldBe(["IDB0051@book.yml:2", "IDB0051@book.yml:3", "IDB0051@book.yml:4"], ignoreOrder: true);
        (meta.TocDepth, meta.TwoSided, meta.Punctuation).ShouldBe((null, false, null));
    }
}
