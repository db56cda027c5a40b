using IDocBook.Core.Model;
using IDocBook.Epub;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace IDocBook.Tests.Epub;

public sealed class GivenOtherBookShapes(ITestOutputHelper output)
{
    // Not real fonts: EPUBCheck does not parse fonts, and the writer only stores the bytes.
    private static readonly EmbeddedFont Font = new(EmbeddedFontKind.Cjk, "cjk.ttf", [0x00, 0x01, 0x00, 0x00, 0x00, 0x00]);
    private static readonly EmbeddedFont Latin = new(EmbeddedFontKind.Latin, "latin.ttf", [0x00, 0x01, 0x00, 0x00, 0x00, 0x01]);
    private static readonly EmbeddedFont LatinItalic = new(EmbeddedFontKind.Latin, "latin-italic.ttf", [0x00, 0x01, 0x00, 0x00, 0x00, 0x02]) { Italic = true };

    private static EpubOptions WithFonts => SampleBooks.Options with { Fonts = Task.FromResult<IReadOnlyList<EmbeddedFont>>([Font, Latin, LatinItalic]) };

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
    public void ItEmbedsItsFontsAndAChineseBookLeavesTheMarksToTheCjkFace()
    {
        var epub = EpubPackage.Write(SampleBooks.Sample(), WithFonts);
        epub.Data("OEBPS/fonts/cjk.ttf").ShouldBe(Font.Data);
        epub.Data("OEBPS/fonts/latin-italic.ttf").ShouldBe(LatinItalic.Data);
        epub.Text("OEBPS/content.opf").ShouldContain("href=\"fonts/latin.ttf\" media-type=\"font/ttf\"");
        var css = epub.Text("OEBPS/styles/book.css");
        css.ShouldContain("@font-face {\n  font-family: \"IDocBook Serif\";\n  src: url(\"../fonts/cjk.ttf\");");
        css.ShouldContain("font-family: \"IDocBook Latin\";\n  src: url(\"../fonts/latin-italic.ttf\");\n  font-weight: normal;\n  font-style: italic;\n  unicode-range: U+0-B6, U+B8-2012, U+2016-2017, U+201A-201B, U+201E-2024, U+2027-2E39, U+2E3C-10FFFF;");
        css.ShouldContain("font-family: \"IDocBook Latin Marks\";\n  src: url(\"../fonts/latin-italic.ttf\");");
        css.ShouldContain("body { font-family: \"IDocBook Latin\", \"IDocBook Serif\", \"Noto Serif CJK SC\"");
        css.ShouldContain("p { text-indent: 2em;");
        css.ShouldContain(".latin { font-family: \"IDocBook Latin Marks\"");
    }

    [Fact]
    public void An_English_books_stylesheet_has_no_CJK_indent_or_line_height_and_hyphenates()
    {
        var book = SampleBooks.Sample() is var b ? b with { Metadata = b.Metadata with { Language = "en" } } : null!;
        var css = EpubPackage.Write(book, WithFonts).Text("OEBPS/styles/book.css");

        css.ShouldContain("body { font-family: \"IDocBook Latin\", \"Noto Serif\"");
        css.ShouldContain("line-height: 1.5;");
        css.ShouldContain("hyphens: auto; -epub-hyphens: auto;");
        css.ShouldContain("p { text-indent: 0;");
        css.ShouldNotContain("text-indent: 2em");
        css.ShouldNotContain("inter-character");
        css.ShouldNotContain("unicode-range");
        css.ShouldContain(".cjk { font-family: \"IDocBook Serif\"");
    }

    [Fact]
    public void ItWritesItsOwnWordsInTheBooksLanguage()
    {
        var epub = EpubPackage.Write(WithOwnCover(), SampleBooks.Options);
        epub.Text("OEBPS/nav.xhtml").ShouldContain("<h1>Contents</h1>");
        epub.Text("OEBPS/text/intro.xhtml").ShouldContain("<p class=\"alert-title\" id=\"idb-alert-1\">Note</p>");
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
            File.WriteAllBytes(path, EpubPackage.Write(WithOwnCover(), WithFonts).Bytes);
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
