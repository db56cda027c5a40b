using System.Xml.Linq;
using IDocBook.Core.Diagnostics;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Accessibility;

/// <summary>The nav, read as a page, stops at toc-depth (3 by default); the NCX keeps every level.</summary>
public sealed class GivenTheNavigationDepth : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    private readonly TempBook _book = new TempBook()
        .With("SUMMARY.md", "# Summary\n\n* [Install](a.md)\n")
        .With("a.md", "# Install\n\n## Linux\n\n### Debian\n\n#### Packages\n\n##### Keys\n\ntext\n");

    private (string[] Nav, string[] Ncx) Entries(string? config = null)
    {
        if (config is not null) _book.With("book.yml", config);
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(_book.Root, sink)!;
        sink.All.ShouldBeEmpty();
        var epub = EpubPackage.Write(book, SampleBooks.Options);
        var nav = XDocument.Parse(epub.Text("OEBPS/nav.xhtml")).Descendants(X + "nav").First().Descendants(X + "a").Select(a => a.Value).ToArray();
        var ncx = XDocument.Parse(epub.Text("OEBPS/toc.ncx")).Descendants(Ncx + "navLabel").Select(l => l.Value).ToArray();
        return (nav, ncx);
    }

    [Fact]
    public void TheNavShowsThreeLevelsAndTheNcxAll()
    {
        var (nav, ncx) = Entries();
        nav.ShouldBe(["Install", "Linux", "Debian"]);
        ncx.ShouldBe(["Install", "Linux", "Debian", "Packages", "Keys"]);
    }

    [Fact]
    public void TocDepthInTheConfigLimitsTheNav()
    {
        var (nav, ncx) = Entries("toc-depth: 1\n");
        nav.ShouldBe(["Install"]);
        ncx.Length.ShouldBe(5);
    }

    [Fact]
    public void ATocDepthOutOfRangeIsReportedAndTheDefaultUsed()
    {
        _book.With("book.yml", "toc-depth: 9\n");
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(_book.Root, sink)!;
        sink.All.ShouldHaveSingleItem().Code.ShouldBe(Codes.ConfigValueInvalid.Id);
        book.Metadata.TocDepth.ShouldBeNull();
    }

    public void Dispose() => _book.Dispose();
}
