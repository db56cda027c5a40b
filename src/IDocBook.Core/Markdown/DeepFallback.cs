using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown;

/// <summary>
/// Reads a file Markdig refused as too deeply nested: each blank-line-separated piece is parsed on
/// its own, and a piece that is still refused becomes one plain paragraph of its text, without its
/// quote and list markers, with a warning at its first line. The rest of the file keeps its
/// formatting; references between pieces (footnotes, link definitions) may be lost, which only
/// such files pay for.
/// </summary>
internal static partial class DeepFallback
{
    public static IReadOnlyList<Block> Read(ExpandedText expanded, string file, DiagnosticSink sink)
    {
        var all = expanded.Text.Split('\n');
        var result = new List<Block>();
        var start = 0;
        while (start < all.Length)
        {
            var end = start;
            while (end < all.Length && all[end].Trim().Length > 0) end++;
            if (end > start) result.AddRange(Piece(all, start, end, expanded.Lines, file, sink));
            start = end + 1;
        }
        return result;
    }

    private static IReadOnlyList<Block> Piece(string[] all, int start, int end, IReadOnlyList<LineOrigin>? origins, string file, DiagnosticSink sink)
    {
        var text = string.Join('\n', all[start..end]);
        var pieceOrigins = Enumerable.Range(start, end - start)
            .Select(i => origins is not null && i < origins.Count ? origins[i] : new LineOrigin(file, i + 1)).ToList();
        var lines = new LineMap(text, file, pieceOrigins);
        if (MarkdownReader.TryBlocks(text, lines, sink) is { } blocks) return blocks;
        var source = lines.At(0);
        sink.Report(Codes.NestingTooDeep, "This passage is nested too deeply (or is too complex) for the Markdown reader; it is shown as plain text.",
            source, "Quotes and lists nested more than about 60 levels are not supported.");
        var plain = new StringBuilder();
        foreach (var line in all[start..end]) plain.Append(plain.Length > 0 ? " " : "").Append(Markers().Replace(line, ""));
        return [new Paragraph([new Model.Text(plain.ToString(), source)], source)];
    }

    [GeneratedRegex(@"^(\s*(>|[*+-](?=\s)|\d{1,9}[.)](?=\s)))*\s*")]
    private static partial Regex Markers();
}
