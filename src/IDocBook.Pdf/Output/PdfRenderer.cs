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
            // Skia takes pages in order on this thread, and its part (drawing into the page, then
            // compressing it) cannot be split. What can, preparing the text, runs on the other cores
            // a batch of pages ahead.
            var next = PrepareBatch(drawer, doc.Pages, 0);
            for (var start = 0; start < doc.Pages.Count; start += PagesPerBatch)
            {
                var prepared = next.GetAwaiter().GetResult();
                next = PrepareBatch(drawer, doc.Pages, start + PagesPerBatch);
                for (var i = 0; i < prepared.Length; i++)
                {
                    var page = doc.Pages[start + i];
                    var canvas = document.BeginPage(page.Width, page.Height);
                    drawer.Draw(canvas, page, prepared[i]);
                    document.EndPage();
                }
            }
            document.Close();
        }
        return buffer.ToArray();
    }

    /// <summary>Enough pages to keep the other cores busy, few enough that their blobs stay small in memory.</summary>
    private const int PagesPerBatch = 16;

    private static Task<IReadOnlyList<GlyphRunDrawer.PreparedRun>?[][]> PrepareBatch(PageDrawer drawer, IReadOnlyList<Page> pages, int start) =>
        start >= pages.Count
            ? Task.FromResult<IReadOnlyList<GlyphRunDrawer.PreparedRun>?[][]>([])
            : Task.Run(() => pages.Skip(start).Take(PagesPerBatch).AsParallel().AsOrdered().Select(drawer.Prepare).ToArray());

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
