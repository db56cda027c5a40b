using System.Security.Cryptography;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Appends to Skia's PDF what SkiaSharp cannot write: the outline, page labels and /Lang in a new
/// version of the catalog, the dates in a new version of /Info, plus a file /ID. Appending (rather than rewriting) leaves Skia's bytes
/// untouched; readers take the newest catalog through the new trailer's /Root and /Prev chain.
/// </summary>
internal static class IncrementalUpdate
{
    private static readonly string[] Replaced = ["Outlines", "PageLabels", "Lang", "PageMode"];

    public static byte[] Build(byte[] pdf, PagedDocument doc)
    {
        var file = new SkiaPdfFile(pdf);
        if (file.Pages.Count != doc.Pages.Count)
        {
            throw new InvalidDataException($"Skia wrote {file.Pages.Count} pages for {doc.Pages.Count}.");
        }

        var outline = new OutlineWriter(file.Destinations, file.Size);
        var outlineRoot = outline.Write(doc.Outline);
        var objects = new List<(int Number, string Body)>(outline.Objects) { (file.CatalogNumber, Catalog(file, doc, outlineRoot)) };
        if (file.InfoNumber is { } info) objects.Add((info, Info(file.ObjectBody(info), doc.Info)));
        return Serialize(pdf, file, objects.OrderBy(o => o.Number).ToList(), outline.Objects.Count);
    }

    private static string Catalog(SkiaPdfFile file, PagedDocument doc, int? outlineRoot)
    {
        var entries = file.Catalog.Where(e => !Replaced.Contains(e.Key)).ToList();
        if (outlineRoot is { } root)
        {
            entries.Add(new("Outlines", PdfText.Ref(root)));
            entries.Add(new("PageMode", "/UseOutlines"));
        }
        if (PageLabels.Write(doc.Labels, doc.Pages.Count) is { } labels) entries.Add(new("PageLabels", labels));
        if (!string.IsNullOrWhiteSpace(doc.Info.Language)) entries.Add(new("Lang", PdfText.String(doc.Info.Language)));
        return "<<" + string.Join("\n", entries.Select(e => "/" + e.Key + " " + e.Value)) + ">>";
    }

    // Skia's /Info with the dates added: the book's date, never the clock, in the book's own offset.
    private static string Info(string skiaInfo, PdfInfo info)
    {
        var entries = PdfSyntax.Dictionary(skiaInfo).Where(e => e.Key is not ("CreationDate" or "ModDate")).ToList();
        var date = PdfText.Date(info.Date);
        entries.Add(new("CreationDate", date));
        entries.Add(new("ModDate", date));
        return "<<" + string.Join("\n", entries.Select(e => "/" + e.Key + " " + e.Value)) + ">>";
    }

    private static byte[] Serialize(byte[] pdf, SkiaPdfFile file, List<(int Number, string Body)> objects, int added)
    {
        var text = new StringBuilder();
        var start = pdf.Length;
        if (pdf[^1] != '\n')
        {
            text.Append('\n');
        }
        // Latin-1 writes one byte per char, so the builder's length is the byte offset (counting the
        // bytes of a copy per object made a 1,000-page book's update take seconds).
        var offsets = new List<(int Number, int Offset)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, start + text.Length));
            text.Append(PdfText.Number(number)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var xref = start + text.Length;
        text.Append("xref\n");
        foreach (var group in Consecutive(offsets))
        {
            text.Append(PdfText.Number(group[0].Number)).Append(' ').Append(PdfText.Number(group.Count)).Append('\n');
            foreach (var (_, offset) in group) text.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        }

        var trailer = file.Trailer.Where(e => e.Key is not ("Size" or "Prev" or "ID" or "XRefStm")).ToList();
        trailer.Add(new("Size", PdfText.Number(file.Size + added)));
        trailer.Add(new("Prev", PdfText.Number(file.StartXref)));
        trailer.Add(new("ID", FileId(pdf)));
        text.Append("trailer\n<<").Append(string.Join("\n", trailer.Select(e => "/" + e.Key + " " + e.Value))).Append(">>\n");
        text.Append("startxref\n").Append(PdfText.Number(xref)).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    // Skia writes no /ID; one derived from the drawn bytes is stable across builds and still
    // tells different books (and editions) apart.
    private static string FileId(byte[] pdf)
    {
        var hex = Convert.ToHexString(MD5.HashData(pdf));
        return $"[<{hex}> <{hex}>]";
    }

    private static IEnumerable<List<(int Number, int Offset)>> Consecutive(List<(int Number, int Offset)> offsets)
    {
        var group = new List<(int Number, int Offset)>();
        foreach (var entry in offsets)
        {
            if (group.Count > 0 && entry.Number != group[^1].Number + 1)
            {
                yield return group;
                group = [];
            }
            group.Add(entry);
        }
        if (group.Count > 0) yield return group;
    }
}
