using System.Text;
using IDocBook.Pdf.Output;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfImageTests
{
    private static string Text => Encoding.Latin1.GetString(RenderedSample.Pdf);

    [Fact]
    public void A_JPEG_is_embedded_as_is()
    {
        // Skia's PDF backend passes the encoded bytes through as /DCTDecode, no decode and re-encode.
        Text.ShouldContain("/Filter /DCTDecode");
        RenderedSample.Pdf.AsSpan().IndexOf(SampleDocument.Raster(SkiaSharp.SKEncodedImageFormat.Jpeg)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Raster_images_become_image_objects_and_the_SVG_stays_vector()
    {
        using var pdf = RenderedSample.Open();

        // PNG and JPEG; the SVG is paths in the content stream, not a third image.
        pdf.GetPage(3).GetImages().Count().ShouldBe(2);
        pdf.GetPage(3).Paths.Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Nothing_from_outside_the_SVG_reaches_the_PDF()
    {
        Text.ShouldNotContain("example.invalid");
        Text.ShouldNotContain("alert");
    }

    [Fact]
    public void Undecodable_image_bytes_draw_a_visible_frame_instead_of_failing()
    {
        var pdf = RenderedSample.Render(fonts =>
        {
            var book = SampleDocument.Build(fonts, images: false);
            var page = new Page(420, 595, [new ImageItem(10, 10, 100, 50, "image/png", Encoding.ASCII.GetBytes("<html>not an image</html>"))]);
            return book with { Pages = [page], Outline = [], Labels = [] };
        });

        using var document = RenderedSample.Open(pdf);
        document.GetPage(1).GetImages().ShouldBeEmpty();
        document.GetPage(1).Paths.ShouldNotBeEmpty();
    }
}
