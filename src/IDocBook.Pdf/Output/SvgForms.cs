using IDocBook.Media.Images.Svg;
using SkiaSharp;
using Svg;
using Svg.Model;
using Svg.Skia;

namespace IDocBook.Pdf.Output;

/// <summary>
/// SVG images as PDF form XObjects. Svg.Skia turns an SVG into Skia drawing commands, and only
/// Skia's own PDF backend can write those (paths, gradients, clips, text), so each SVG is drawn on a
/// page of a small Skia PDF, and that page's content and resources are copied into ours as a form.
/// </summary>
internal static class SvgForms
{
    /// <summary>A form: its object number and the size its content was drawn at.</summary>
    internal sealed record Form(int Number, float Width, float Height);

    /// <returns>One form per SVG, in order; null for an SVG that cannot be drawn.</returns>
    public static Form?[] Write(IReadOnlyList<byte[]> svgs, SvgFonts? fonts, PdfObjectWriter writer)
    {
        var result = new Form?[svgs.Count];
        if (svgs.Count == 0) return result;
        var loaded = svgs.Select(data => Load(data, fonts)).ToArray();
        try
        {
            var drawn = new List<(int Index, SKRect Cull)>();
            using var buffer = new MemoryStream();
            using (var document = SKDocument.CreatePdf(buffer, Metadata()))
            {
                for (var i = 0; i < loaded.Length; i++)
                {
                    var picture = loaded[i]?.Picture;
                    if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0) continue;
                    var cull = picture.CullRect;
                    var canvas = document.BeginPage(cull.Width, cull.Height);
                    canvas.Translate(-cull.Left, -cull.Top);
                    canvas.DrawPicture(picture);
                    document.EndPage();
                    drawn.Add((i, cull));
                }
                document.Close();
            }
            if (drawn.Count == 0) return result;

            var file = new SkiaPdfFile(buffer.ToArray());
            var import = new PdfImport(file, writer);
            for (var page = 0; page < drawn.Count; page++)
            {
                var (index, cull) = drawn[page];
                result[index] = new Form(import.PageAsForm(file.Pages[page], cull.Width, cull.Height), cull.Width, cull.Height);
            }
            return result;
        }
        finally
        {
            foreach (var svg in loaded) svg?.Dispose();
        }
    }

    /// <summary>
    /// Loads a blank SVG on another core. The first SVG a process loads costs 0.4 to 0.6 s (Svg.Custom
    /// builds its element tables by reflection; the later ones take a millisecond), which the realistic
    /// book paid inside the PDF write; begun with the PDF, it runs while the pages are laid out.
    /// </summary>
    public static Task WarmUp() => Task.Run(() =>
    {
        try
        {
            Load(Blank, null)?.Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a head start: the real loads report their own failures.
        }
    });

    private static readonly byte[] Blank = """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>"""u8.ToArray();

    private static SKDocumentPdfMetadata Metadata()
    {
        var metadata = SKDocumentPdfMetadata.Default;
        // Print resolution for what Skia must rasterise (some blend modes, SVG filters), and
        // re-encoded raster images as lossless as Skia offers.
        metadata.RasterDpi = 300;
        metadata.EncodingQuality = 101;
        return metadata;
    }

    // The sanitizer the EPUB uses runs again (the book's images were prepared through it, but a caller
    // may hand the writer others), and Svg.Skia itself is told to resolve nothing outside the file.
    private static SKSvg? Load(byte[] data, SvgFonts? fonts)
    {
        if (SvgSanitizer.Sanitize(data).Data is not { } clean) return null;
        var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        svg.Settings.NavigationHandler = null;
        if (fonts is not null) svg.Settings.TypefaceProviders = [fonts.Provider(Layout.SvgText.Of(data))];
        svg.Load(new MemoryStream(clean), Secure);
        return svg;
    }

    private static SvgParameters Secure => new(null, null, null,
        new SvgDocumentLoadOptions { ProcessingMode = SvgProcessingMode.SecureStatic, ExternalResources = SvgExternalResourcePolicy.SameDocumentAndDataOnly });
}
