using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>Writes a typeset book as a PDF: Skia draws the pages, then an incremental update adds
/// what Skia cannot write (outline, page labels, language) and makes the bytes reproducible.</summary>
public static class PdfRenderer
{
    /// <summary>What Skia would otherwise fill with its own version string.</summary>
    internal const string Producer = "IDocBook";

    public static void Write(PagedDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        var drawn = DrawPages(doc);
        output.Write(drawn);
        output.Write(IncrementalUpdate.Build(drawn, doc));
    }

    private static byte[] DrawPages(PagedDocument doc)
    {
        using var buffer = new MemoryStream();
        using var drawer = new PageDrawer(doc.SvgFonts);
        using (var document = SKDocument.CreatePdf(buffer, Metadata(doc.Info)))
        {
            foreach (var page in doc.Pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                drawer.Draw(canvas, page);
                document.EndPage();
            }
            document.Close();
        }
        return buffer.ToArray();
    }

    private static SKDocumentPdfMetadata Metadata(PdfInfo info)
    {
        // No dates: SkiaSharp 4.155 writes the machine's time zone into them (even for a UTC
        // DateTime: "+19'00'" under TZ=America/New_York), so the update writes them instead.
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Author = info.Author;
        metadata.Subject = info.Subject;
        metadata.Keywords = info.Keywords;
        metadata.Creator = info.Creator;
        metadata.Producer = Producer;
        metadata.Creation = null;
        metadata.Modified = null;
        // Print resolution for anything Skia must rasterise (some blend modes, SVG filters).
        metadata.RasterDpi = 300;
        // Re-encoded raster images (not JPEGs passed through) as lossless as Skia offers.
        metadata.EncodingQuality = 101;
        return metadata;
    }
}
