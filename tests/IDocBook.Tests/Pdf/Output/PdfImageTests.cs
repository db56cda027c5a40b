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
    public void The_sanitiser_drops_scripts_handlers_and_external_references_but_keeps_local_ones()
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <defs><linearGradient id="g"/></defs>
              <script>alert(1)</script>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <rect onload="alert(2)" fill="url(#g)" width="1" height="1"/>
              <use xlink:href="#g"/>
              <use href="other.svg#x"/>
              <image href="data:image/png;base64,AAAA"/>
              <image xlink:href="file:///etc/passwd"/>
              <style>@import url(http://example.invalid/a.css);</style>
              <rect style="fill:url(http://example.invalid/p)"/>
            </svg>
            """;

        var cleaned = SvgSanitizer.Clean(Encoding.UTF8.GetBytes(svg))!.ToString();

        cleaned.ShouldNotContain("script");
        cleaned.ShouldNotContain("foreignObject");
        cleaned.ShouldNotContain("onload");
        cleaned.ShouldNotContain("other.svg");
        cleaned.ShouldNotContain("passwd");
        cleaned.ShouldNotContain("example.invalid");
        cleaned.ShouldContain("url(#g)");
        cleaned.ShouldContain("xlink:href=\"#g\"");
        cleaned.ShouldContain("data:image/png");
    }

    [Fact]
    public void Entities_are_not_expanded_and_broken_XML_is_refused()
    {
        const string withEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>
            """;

        SvgSanitizer.Clean(Encoding.UTF8.GetBytes(withEntity))?.ToString().ShouldNotContain("root:");
        SvgSanitizer.Clean(Encoding.UTF8.GetBytes("<svg><rect></svg>")).ShouldBeNull();
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
