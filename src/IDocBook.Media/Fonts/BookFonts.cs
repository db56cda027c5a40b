using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using SkiaSharp;

namespace IDocBook.Media.Fonts;

/// <summary>
/// Proves the fonts a book's config names before any output is written, as images are proven: a
/// file that is empty, random bytes or a truncated font is reported (so <c>check</c> sees it) and
/// left out, and the bundled font takes its role, instead of failing the PDF halfway.
/// </summary>
public static class BookFonts
{
    // Enough to make HarfBuzz read the tables a subset needs and Skia open the result.
    private static readonly int[] Probe = [' ', 'A', 'a', '0', '中', '。'];

    public static Book Check(Book book, DiagnosticSink sink)
    {
        var fonts = book.Metadata.Fonts;
        if (fonts.Count == 0) return book;
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, path) in fonts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (Problem(path) is { } problem)
                sink.Report(Codes.FontInvalid, $"The {role} font '{Path.GetFileName(path)}' {problem}; the bundled font is used.", book.Metadata.Places.GetValueOrDefault("fonts." + role),
                    "Name a complete TrueType (.ttf) or OpenType (.otf) font file.");
            else kept[role] = path;
        }
        return kept.Count == fonts.Count ? book : book with { Metadata = book.Metadata with { Fonts = kept } };
    }

    private static string? Problem(string path)
    {
        try
        {
            var subset = FontSubsetter.Subset(path, Probe);
            using var data = SKData.CreateCopy(subset);
            using var typeface = SKTypeface.FromData(data);
            return typeface is null ? "cannot be opened as a font" : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // HarfBuzz finds no glyphs in what is not a font, and cannot subset a damaged one.
            return e is InvalidDataException ? "is not a font, or is damaged" : "cannot be read";
        }
    }
}
