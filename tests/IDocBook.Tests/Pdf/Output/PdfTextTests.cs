using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfTextTests
{
    [Fact]
    public void Every_page_reads_back_as_its_source_text()
    {
        using var pdf = RenderedSample.Open();

        pdf.NumberOfPages.ShouldBe(3);
        pdf.GetPage(1).Text.ShouldBe(SampleDocument.FrontText);
        pdf.GetPage(2).Text.ShouldBe(SampleDocument.BodyText + SampleDocument.LinkText);
        pdf.GetPage(3).Text.ShouldBe(SampleDocument.ChapterTwoText);
    }

    [Fact]
    public void Page_sizes_are_those_of_the_document_to_Skias_raster_grid()
    {
        using var pdf = RenderedSample.Open();

        // Skia rounds page sizes to whole pixels at RasterDpi (300): 595 pt → 2479 px → 594.96 pt.
        var page = pdf.GetPage(1);
        page.Width.ShouldBe(420, 0.25);
        page.Height.ShouldBe(595, 0.25);
    }

    [SkippableFact]
    [Trait("Category", "Validator")]
    public void Poppler_extracts_the_text_without_radical_look_alikes()
    {
        using var file = PdfTools.Save(RenderedSample.Pdf);

        var text = PdfTools.PdfToText(file.Path);

        text.ShouldContain(SampleDocument.BodyText);
        text.ShouldContain(SampleDocument.FrontText);
        text.ShouldNotContain(c => c >= '\u2F00' && c <= '\u2FDF');
    }
}
