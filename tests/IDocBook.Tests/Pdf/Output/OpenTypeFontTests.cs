using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

/// <summary>
/// A book's own font with CFF outlines (an .otf, Source Sans Pro from tests/fixtures/fonts) is
/// embedded as an OpenType font program, not turned into Type 3 glyph drawings.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OpenTypeFontTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("book.yml", "title: CFF\nlanguage: en\nfonts:\n  body: fonts/SourceSansPro-Regular.otf\n")
        .With("SUMMARY.md", "# Summary\n\n* [One](one.md)\n")
        .With("one.md", "# One\n\nThe office file, 中文回退。\n")
        .With("fonts/SourceSansPro-Regular.otf", File.ReadAllBytes(FixtureBooks.PathOf("fonts/SourceSansPro-Regular.otf")));

    private readonly TempBook _output = new();

    [SkippableFact]
    [Trait("Category", "Validator")]
    public void A_CFF_body_font_is_an_embedded_OpenType_subset_and_its_text_extracts()
    {
        var build = ConsoleCapture.Run("build", _book.Root, "-o", _output.Root, "--format", "pdf");
        build.ExitCode.ShouldBe(0, build.Error);
        var pdf = Directory.GetFiles(_output.Root, "*.pdf").ShouldHaveSingleItem();

        var body = PdfTools.PdfFonts(pdf).Where(f => f.Name.EndsWith("+SourceSansPro-Regular", StringComparison.Ordinal)).ShouldHaveSingleItem();
        body.Type.ShouldBe("CID Type 0C (OT)");
        body.Embedded.ShouldBeTrue();
        body.Subset.ShouldBeTrue();
        // "ffi" is one glyph in this font: the text still reads as letters.
        PdfTools.PdfToText(pdf).ShouldContain("The office file, 中文回退。");
        PdfTools.QpdfCheck(pdf).ExitCode.ShouldBe(0);
    }

    public void Dispose()
    {
        _book.Dispose();
        _output.Dispose();
    }
}
