using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Reads back the structure of the PDF that Skia just wrote: the cross-reference table, the trailer,
/// the catalog, the pages in order and the named destinations. Skia writes classic xref tables and
/// no object streams; anything else is refused rather than guessed at.
/// </summary>
internal sealed class SkiaPdfFile
{
    private readonly string _text;
    private readonly Dictionary<int, int> _offsets = [];

    public SkiaPdfFile(byte[] pdf)
    {
        // Latin-1 maps every byte to one char, so string offsets are file offsets.
        _text = Encoding.Latin1.GetString(pdf);
        StartXref = LastStartXref();
        Trailer = ReadXrefSection(StartXref);
        var root = PdfSyntax.References(Trailer.Get("Root") ?? throw Missing("trailer /Root")).Single();
        CatalogNumber = root;
        Catalog = PdfSyntax.Dictionary(ObjectBody(root));
        Pages = [];
        CollectPages(PdfSyntax.References(Catalog.Get("Pages") ?? throw Missing("catalog /Pages")).Single(), 0);
        Destinations = ReadDestinations();
    }

    public int StartXref { get; }
    public List<KeyValuePair<string, string>> Trailer { get; }
    public int CatalogNumber { get; }
    /// <summary>The document information dictionary's object, if Skia wrote one.</summary>
    public int? InfoNumber => Trailer.Get("Info") is { } info && PdfSyntax.References(info) is [var number] ? number : null;
    public List<KeyValuePair<string, string>> Catalog { get; }
    /// <summary>Page object numbers in page order.</summary>
    public List<int> Pages { get; }
    /// <summary>Skia's named destinations (decoded name → raw explicit destination array).</summary>
    public Dictionary<string, string> Destinations { get; }
    /// <summary>The first object number not yet used.</summary>
    public int Size => int.Parse(Trailer.Get("Size") ?? throw Missing("trailer /Size"), System.Globalization.CultureInfo.InvariantCulture);

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
    public string ObjectBody(int number)
    {
        if (!_offsets.TryGetValue(number, out var offset)) throw Missing($"object {number}");
        var header = _text.IndexOf("obj", offset, StringComparison.Ordinal);
        if (header < 0) throw Missing($"object {number}'s header");
        return PdfSyntax.Value(_text, header + 3);
    }

    /// <summary>A value with an indirect reference followed: the referenced object's value, else itself.</summary>
    private string Resolve(string raw) =>
        PdfSyntax.References(raw) is [var number] && !raw.TrimStart().StartsWith('[') ? ObjectBody(number) : raw;

    private List<KeyValuePair<string, string>> DictionaryOf(string raw) => PdfSyntax.Dictionary(Resolve(raw));

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

    private Dictionary<string, string> ReadDestinations()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Catalog.Get("Dests") is not { } dests) return result;
        foreach (var (name, value) in DictionaryOf(dests))
        {
            var target = Resolve(value);
            result.TryAdd(name, target.TrimStart().StartsWith("<<") ? Resolve(PdfSyntax.Dictionary(target).Get("D") ?? "null") : target);
        }
        return result;
    }

    private static InvalidDataException Missing(string what) => new($"Unexpected PDF from Skia: no {what}.");
}
