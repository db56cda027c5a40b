using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Copies pages of a Skia PDF into the PDF being written, as form XObjects: each object a page's
/// resources reach is copied once, under a new number, with its references renumbered.
/// </summary>
internal sealed class PdfImport(SkiaPdfFile source, PdfObjectWriter writer)
{
    private readonly Dictionary<int, int> _copied = [];

    /// <returns>The form's object number.</returns>
    public int PageAsForm(int page, float width, float height)
    {
        var dictionary = PdfSyntax.Dictionary(source.ObjectBody(page));
        var contents = PdfSyntax.References(dictionary.Get("Contents") ?? throw Unexpected($"page {page} has no /Contents"));
        if (contents is not [var content]) throw Unexpected($"page {page} has {contents.Count} content streams");
        var data = source.StreamData(content) ?? throw Unexpected($"page {page}'s /Contents is no stream");
        var filter = PdfSyntax.Dictionary(source.ObjectBody(content))
            .Where(e => e.Key is "Filter" or "DecodeParms")
            .Aggregate("", (text, e) => text + " /" + e.Key + " " + PdfSyntax.Renumber(e.Value, Copy));
        var resources = dictionary.Get("Resources") is { } raw ? PdfSyntax.Renumber(raw, Copy) : "<<>>";

        var form = writer.Reserve();
        writer.WriteStream(form, $"/Type /XObject /Subtype /Form /BBox [0 0 {PdfText.Real(width)} {PdfText.Real(height)}] /Resources {resources}{filter}", data);
        return form;
    }

    private int Copy(int number)
    {
        if (_copied.TryGetValue(number, out var copy)) return copy;
        copy = _copied[number] = writer.Reserve();
        var body = source.ObjectBody(number);
        var data = source.StreamData(number);
        if (data is null)
        {
            if (body.TrimStart().StartsWith("<<") && PdfSyntax.Dictionary(body).Get("Type") is "/Page" or "/Pages")
                throw Unexpected($"object {number}, reached from a page's resources, is a page");
            writer.Write(copy, PdfSyntax.Renumber(body, Copy));
            return copy;
        }
        var entries = new StringBuilder();
        foreach (var (key, value) in PdfSyntax.Dictionary(body).Where(e => e.Key != "Length"))
        {
            entries.Append(PdfText.Name(key)).Append(' ').Append(PdfSyntax.Renumber(value, Copy)).Append(' ');
        }
        writer.WriteStream(copy, entries.ToString().TrimEnd(), data);
        return copy;
    }

    private static InvalidDataException Unexpected(string what) => new($"Unexpected PDF from Skia: {what}.");
}
