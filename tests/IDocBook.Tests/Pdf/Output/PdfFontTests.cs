using IDocBook.Pdf.Output;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfFontTests
{
    [SkippableFact]
    [Trait("Category", "Validator")]
    public void Every_font_is_an_embedded_subset_CID_TrueType_font()
    {
        using var file = PdfTools.Save(RenderedSample.Pdf);

        var fonts = PdfTools.PdfFonts(file.Path);

        fonts.ShouldNotBeEmpty();
        foreach (var font in fonts)
        {
            font.Type.ShouldBe("CID TrueType", font.ToString());
            font.Embedded.ShouldBeTrue(font.ToString());
            font.Subset.ShouldBeTrue(font.ToString());
        }
    }

    [Fact]
    public void No_Type_3_font_is_written()
    {
        var text = System.Text.Encoding.Latin1.GetString(RenderedSample.Pdf);

        text.ShouldNotContain("/Type3");
        text.ShouldContain("/CIDFontType2");
        text.ShouldContain("/FontFile2");
    }

    [Fact]
    public void A_one_page_PDF_with_a_subset_CJK_font_is_small()
    {
        var pdf = RenderedSample.Render(fonts =>
        {
            var book = SampleDocument.Build(fonts, images: false);
            return book with { Pages = [book.Pages[1]], Outline = [], Labels = [] };
        });

        pdf.Length.ShouldBeLessThan(50 * 1024);
    }
}
