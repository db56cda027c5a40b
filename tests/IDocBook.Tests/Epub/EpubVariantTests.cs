using IDocBook.Core.Model;
using IDocBook.Epub;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace IDocBook.Tests.Epub;

public sealed class GivenOtherBookShapes(ITestOutputHelper output)
{
    // Not a real font: EPUBCheck does not parse fonts, and the writer only stores the bytes.
    private static readonly EmbeddedFont Font = new("Body \"Serif\"", [0x00, 0x01, 0x00, 0x00, 0x00, 0x00]);

    private static Book WithOwnCover() => SampleBooks.Sample() is var b
        ? b with { Metadata = b.Metadata with { Cover = SampleBooks.SvgHref, Language = "en" } }
        : throw new InvalidOperationException();

    [Fact]
    public void ItUsesTheBooksOwnCoverBeforeTheGeneratedOne()
    {
        var epub = EpubPackage.Write(WithOwnCover(), SampleBooks.Options);
        epub.Contains("OEBPS/images/cover.svg").ShouldBeTrue();
        epub.Contains("OEBPS/images/cover.png").ShouldBeFalse();
        // The figure that shows the same image reuses the cover's file instead of storing it twice.
        epub.Text("OEBPS/text/intro.xhtml").ShouldContain("src=\"../images/cover.svg\"");
        epub.EntryNames.Count(n => n.EndsWith(".svg", StringComparison.Ordinal)).ShouldBe(1);
        epub.Text("OEBPS/content.opf").ShouldContain("href=\"images/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\"");
    }

    [Fact]
    public void ALinkToAnAnchorItsChapterLacksFallsBackToTheChapter()
    {
        var history = EpubPackage.Write(SampleBooks.Sample(), SampleBooks.Options).Text("OEBPS/text/intro-history.xhtml");

        history.ShouldContain("<a href=\"intro.xhtml#docker的简介\">回到简介</a>");
        history.ShouldContain("<a href=\"intro.xhtml\">stale anchor</a>");
    }

    [Fact]
    public void ItWritesNoCoverPageWithoutACover()
    {
        var epub = EpubPackage.Write(SampleBooks.Sample(), new EpubOptions());
        epub.Contains("OEBPS/text/cover.xhtml").ShouldBeFalse();
        epub.Text("OEBPS/content.opf").ShouldNotContain("cover");
        epub.Text("OEBPS/nav.xhtml").ShouldNotContain("epub:type=\"cover\"");
    }

    [Fact]
    public void ItEmbedsTheBodyFontFirstInTheStack()
    {
        var epub = EpubPackage.Write(SampleBooks.Sample(), SampleBooks.Options with { BodyFont = Task.FromResult<EmbeddedFont?>(Font) });
        epub.Data("OEBPS/fonts/body.ttf").ShouldBe(Font.Data);
        epub.Text("OEBPS/content.opf").ShouldContain("<item id=\"font-body\" href=\"fonts/body.ttf\" media-type=\"font/ttf\" />");
        var css = epub.Text("OEBPS/styles/book.css");
        css.ShouldContain("@font-face {\n  font-family: \"Body Serif\";\n  src: url(\"../fonts/body.ttf\");\n}");
        css.ShouldContain("body { font-family: \"Body Serif\", \"Noto Serif CJK SC\"");
    }

    [Fact]
    public void ItWritesItsOwnWordsInTheBooksLanguage()
    {
        var epub = EpubPackage.Write(WithOwnCover(), SampleBooks.Options);
        epub.Text("OEBPS/nav.xhtml").ShouldContain("<h1>Contents</h1>");
        epub.Text("OEBPS/text/intro.xhtml").ShouldContain("<p class=\"alert-title\">Note</p>");
        epub.Text("OEBPS/text/usage.xhtml").ShouldContain("[Image: 远程图片]");
    }

    [Fact]
    public void ItLinksAFootnoteOnlyWhereBothEndsExist()
    {
        var epub = EpubPackage.Sample();
        epub.Text("OEBPS/text/usage.xhtml").ShouldContain("dangling<sup class=\"footnote-ref\">1</sup>");
        epub.Text("OEBPS/text/intro.xhtml").ShouldNotContain("href=\"#fnref2\"");
    }

    [SkippableFact]
    public void EpubCheckFindsNoProblemWithFontAndOwnCover()
    {
        EpubCheck.SkipUnlessAvailable();
        var path = Path.Combine(Path.GetTempPath(), $"idocbook-variant-{Guid.NewGuid():N}.epub");
        try
        {
            File.WriteAllBytes(path, EpubPackage.Write(WithOwnCover(), SampleBooks.Options with { BodyFont = Task.FromResult<EmbeddedFont?>(Font) }).Bytes);
            var result = EpubCheck.Run(path);
            output.WriteLine(result.ToString());
            result.Problems.ShouldBeEmpty(result.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
