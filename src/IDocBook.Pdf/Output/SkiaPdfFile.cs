using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Reads back the PDF that Skia just wrote (for SVG images): the cross-reference table, the pages in
/// order, and any object with its stream. Skia writes classic xref tables and no object streams;
/// anything else is refused rather than guessed at.
/// </summary>
internal sealed class SkiaPdfFile
{
    private readonly string _text;
    private readonly Dictionary<int, int> _offsets = [];

    public SkiaPdfFile(byte[] pdf)
    {
        // Latin-1 maps every byte to one char, so string offsets are file offsets.
        _text = Encoding.Latin1.GetString(pdf);
        var trailer = ReadXrefSection(LastStartXref());
        var root = PdfSyntax.References(trailer.Get("Root") ?? throw Missing("trailer /Root")).Single();
        var catalog = PdfSyntax.Dictionary(ObjectBody(root));
        Pages = [];
        CollectPages(PdfSyntax.References(catalog.Get("Pages") ?? throw Missing("catalog /Pages")).Single(), 0);
    }

    /// <summary>Page object numbers in page order.</summary>
    public List<int> Pages { get; }

    private int LastStartXref()
    {
        var at = _text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0) throw Missing("startxref");
        var digits = new string(_text.AsSpan(at + 9).TrimStart().ToArray().TakeWhile(char.IsAsciiDigit).ToArray());
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<KeyValuePair<string, string>> ReadXrefSection(int offset)
    {
        if (!_text.AsSpan(offset).StartsWith("xref")) throw Missing($"an xref table at {offset} (cross-reference streams are not expected from Skia)");
        var trailerAt = _text.IndexOf("trailer", offset, StringComparison.Ordinal);
        if (trailerAt < 0) throw Missing("trailer");
        var lines = _text[(offset + 4)..trailerAt].Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = 0;
        foreach (var parts in lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            // Later sections win: an entry already seen came from a newer update.
            if (parts.Length == 3 && parts[2] == "n") _offsets.TryAdd(number, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
            number++;
        }
        var trailer = PdfSyntax.Dictionary(PdfSyntax.Value(_text, trailerAt + 7));
        if (trailer.Get("Prev") is { } prev) ReadXrefSection(int.Parse(prev, System.Globalization.CultureInfo.InvariantCulture));
        return trailer;
    }

    /// <summary>The raw value of object <paramref name="number"/> (its dictionary, without any stream).</summary>
    /// <remarks>Only the value is cut out: a copy to the end of the file per object made reading a
    /// 1,000-page PDF quadratic (4 GB allocated).</remarks>
    public string ObjectBody(int number) => Body(number).Value;

    /// <summary>The stream's data of object <paramref name="number"/> as stored (still filtered); null when the object is no stream.</summary>
    public byte[]? StreamData(int number)
    {
        var (value, end) = Body(number);
        var at = PdfSyntax.SkipSpace(_text, end);
        if (!_text.AsSpan(at).StartsWith("stream")) return null;
        at += "stream".Length;
        // The keyword ends with CRLF or LF; the data starts right after.
        if (at < _text.Length && _text[at] == '\r') at++;
        if (at < _text.Length && _text[at] == '\n') at++;
        var lengthValue = PdfSyntax.Dictionary(value).Get("Length") ?? throw Missing($"/Length of stream {number}");
        if (PdfSyntax.References(lengthValue) is [var lengthObject]) lengthValue = ObjectBody(lengthObject);
        var length = int.Parse(lengthValue.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (length < 0 || at + length > _text.Length) throw Missing($"the {length} bytes of stream {number}");
        return System.Text.Encoding.Latin1.GetBytes(_text, at, length);
    }

    private (string Value, int End) Body(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset)) throw Missing($"object {number}");
        var header = _text.IndexOf("obj", offset, StringComparison.Ordinal);
        if (header < 0) throw Missing($"object {number}'s header");
        var start = PdfSyntax.SkipSpace(_text, header + 3);
        var value = PdfSyntax.Value(_text, start);
        return (value, start + value.Length);
    }

    private void CollectPages(int node, int depth)
    {
        if (depth > 64) throw new InvalidDataException("The page tree is nested too deeply (a cycle?).");
        var dict = PdfSyntax.Dictionary(ObjectBody(node));
        if (dict.Get("Type") == "/Page")
        {
            Pages.Add(node);
            return;
        }
        foreach (var kid in PdfSyntax.References(dict.Get("Kids") ?? throw Missing($"/Kids of page tree node {node}")))
        {
            CollectPages(kid, depth + 1);
        }
    }

    private static InvalidDataException Missing(string what) => new($"Unexpected PDF from Skia: no {what}.");
}
