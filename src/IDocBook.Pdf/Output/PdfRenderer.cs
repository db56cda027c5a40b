using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Writes a typeset book as a PDF, object by object: images and fonts once, each page's content
/// compressed on every core, then the page tree, named destinations, outline, labels and metadata.
/// Nothing depends on the clock or the thread count, so equal books give equal bytes.
/// </summary>
public static class PdfRenderer
{
    internal const string Producer = "IDocBook";

    public static void Write(PagedDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new PdfObjectWriter(output);
        writer.WriteHeader();
        int catalog = writer.Reserve(), pageTree = writer.Reserve(), resources = writer.Reserve(), info = writer.Reserve();

        // The fonts' glyphs are collected on another core (that writes nothing, so nothing is left
        // writing if the images fail) while the images are written, and the fonts are subset while
        // the pages are written.
        var collecting = Task.Run(() => EmbeddedFonts.Collect(doc.Pages));
        var images = ImageObjects.Write(doc.Pages, doc.SvgFonts, writer);
        var fonts = collecting.GetAwaiter().GetResult();
        var pages = new PageWriter(fonts, images);

        var pageNumbers = new List<int>(doc.Pages.Count);
        var structure = new StructureTree(doc.Pages.Count);
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        var alphas = new SortedSet<byte>();
        // Ordered, so the file is the same whichever core wrote which page.
        var written = doc.Pages.AsParallel().AsOrdered().Select(pages.Write);
        var index = 0;
        foreach (var page in written)
        {
            var source = doc.Pages[index++];
            var number = writer.Reserve();
            pageNumbers.Add(number);
            var content = writer.Reserve();
            writer.WriteStream(content, "/Filter /FlateDecode", page.Content);
            structure.AddPage(index - 1, number, page.Marks);
            var annotations = page.Annotations.Select(annotation =>
            {
                var n = writer.Reserve();
                var parent = structure.AddAnnotation(number, n, annotation.Tag, annotation.Link) is { } key ? " /StructParent " + PdfText.Number(key) : "";
                writer.Write(n, "<<" + annotation.Entries + parent + ">>");
                return PdfText.Ref(n);
            }).ToList();
            // Tab order follows the structure (PDF/UA); the page's marked content is found through its key in the parent tree.
            writer.Write(number, $"<</Type /Page /Parent {PdfText.Ref(pageTree)} /MediaBox [0 0 {PdfText.Real(source.Width)} {PdfText.Real(source.Height)}]"
                + $" /Resources {PdfText.Ref(resources)} /Contents {PdfText.Ref(content)} /StructParents {PdfText.Number(index - 1)} /Tabs /S"
                + (annotations.Count > 0 ? $" /Annots [{string.Join(" ", annotations)}]" : "") + ">>");
            foreach (var (name, x, y) in page.Destinations)
            {
                // The first place a name is defined wins, as a browser scrolls to the first id.
                destinations.TryAdd(name, $"[{PdfText.Ref(number)} /XYZ {PdfText.Real(x)} {PdfText.Real(y)} null]");
            }
            alphas.UnionWith(page.Alphas);
        }

        var fontEntries = fonts.Write(writer);
        var states = string.Concat(alphas.Select(a =>
            $"/{PageWriter.AlphaName(a)} <</Type /ExtGState /ca {PdfText.Real(a / 255f)} /CA {PdfText.Real(a / 255f)}>> "));
        // One resource dictionary serves every page: names never clash, and readers load each font once.
        writer.Write(resources, $"<</Font <<{fontEntries}>> /XObject <<{images.Resources}>> /ExtGState <<{states}>>>>");
        writer.Write(pageTree, $"<</Type /Pages /Count {PdfText.Number(pageNumbers.Count)} /Kids [{string.Join(" ", pageNumbers.Select(PdfText.Ref))}]>>");

        var catalogEntries = new StringBuilder($"/Type /Catalog /Pages {PdfText.Ref(pageTree)}");
        if (destinations.Count > 0)
        {
            var dests = writer.Reserve();
            writer.Write(dests, "<<" + string.Join("\n", destinations.Select(d => PdfText.Name(d.Key) + " " + d.Value)) + ">>");
            catalogEntries.Append(" /Dests ").Append(PdfText.Ref(dests));
        }
        var outline = new OutlineWriter(destinations, writer.Reserve);
        if (outline.Write(doc.Outline) is { } outlineRoot)
        {
            foreach (var (number, body) in outline.Objects) writer.Write(number, body);
            catalogEntries.Append(" /Outlines ").Append(PdfText.Ref(outlineRoot)).Append(" /PageMode /UseOutlines");
        }
        if (PageLabels.Write(doc.Labels, doc.Pages.Count) is { } labels) catalogEntries.Append(" /PageLabels ").Append(labels);
        if (!string.IsNullOrWhiteSpace(doc.Info.Language)) catalogEntries.Append(" /Lang ").Append(PdfText.String(doc.Info.Language));
        // Readers show the book's title in the window, not the file name.
        catalogEntries.Append(" /ViewerPreferences <</DisplayDocTitle true>>");
        // Tagged: the structure tree gives the reading order, headings, lists, tables and figures' alt text.
        catalogEntries.Append(" /MarkInfo <</Marked true>> /StructTreeRoot ").Append(PdfText.Ref(structure.Write(writer)));
        var metadata = writer.Reserve();
        writer.WriteStream(metadata, "/Type /Metadata /Subtype /XML", XmpMetadata.Write(doc.Info, Producer, doc.Standards));
        catalogEntries.Append(" /Metadata ").Append(PdfText.Ref(metadata));
        if (doc.Standards.HasFlag(PdfStandards.A2u))
        {
            var profile = writer.Reserve();
            writer.WriteCompressed(profile, "/N 3", SrgbProfile.Bytes);
            catalogEntries.Append(" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ")
                .Append(PdfText.Ref(profile)).Append(">>]");
        }
        writer.Write(catalog, "<<" + catalogEntries + ">>");
        writer.Write(info, Info(doc.Info));
        writer.Finish(catalog, info);
    }

    // The book's date, never the clock, in the book's own offset.
    private static string Info(PdfInfo info)
    {
        var entries = new StringBuilder("<<");
        foreach (var (key, value) in new[] { ("Title", info.Title), ("Author", info.Author), ("Subject", info.Subject), ("Keywords", info.Keywords), ("Creator", info.Creator) })
        {
            if (!string.IsNullOrEmpty(value)) entries.Append('/').Append(key).Append(' ').Append(PdfText.String(value)).Append('\n');
        }
        var date = PdfText.Date(info.Date);
        entries.Append("/Producer ").Append(PdfText.String(Producer)).Append("\n/CreationDate ").Append(date).Append("\n/ModDate ").Append(date).Append(">>");
        return entries.ToString();
    }
}
