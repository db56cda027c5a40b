using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Core.Transforms;
using IDocBook.Epub;
using IDocBook.Media.Fonts;

namespace IDocBook.Cli.Commands;

/// <summary>
/// The fonts the EPUB embeds, each subset to the book's characters: the Latin family (regular, and
/// its italic, bold and bold italic when the book has emphasis or strong text) so that Latin text and
/// its emphasis look as in the PDF wherever the book is read, Noto Sans Bold for Latin in headings, and
/// the CJK serif for what the Latin face lacks, when that includes CJK text and stays small.
/// </summary>
internal static class EpubFonts
{
    /// <summary>Readers without CJK fonts need one; beyond this size the download cost outweighs it.</summary>
    private const int MaxCjkFontBytes = 1 << 20;

    public static IReadOnlyList<EmbeddedFont> For(Book book, DiagnosticSink sink, OutputCache cache)
    {
        var characters = BookCharacters.Of(book);
        var inlines = book.Chapters.SelectMany(c => Walk.Inlines(c.Blocks)).ToList();
        var italic = inlines.Any(i => i is Emphasis);
        var bold = inlines.Any(i => i is Strong) || book.Chapters.Any(c => Walk.Blocks(c.Blocks).Any(b => b is Table { Header.Count: > 0 } or Details or Listing));
        try
        {
            var key = string.Join(' ', characters) + $"\n{italic}{bold}";
            return cache.EpubFonts(key, () => Make(characters, italic, bold));
        }
        catch (FileNotFoundException e)
        {
            sink.Report(Codes.FontMissing, $"The EPUB's fonts are not embedded: {e.Message.TrimEnd('.')}.", null, "Reinstall IDocBook: its bundled fonts are missing.");
            return [];
        }
    }

    private static IReadOnlyList<EmbeddedFont> Make(IReadOnlySet<int> characters, bool italic, bool bold)
    {
        var wanted = new List<(EmbeddedFontKind Kind, string File, string Path, bool Bold, bool Italic)>
        {
            (EmbeddedFontKind.Latin, "latin.ttf", BundledFonts.LatinSerif, false, false),
            (EmbeddedFontKind.LatinSans, "latin-sans-bold.ttf", BundledFonts.LatinSansBold, true, false),
        };
        if (italic) wanted.Add((EmbeddedFontKind.Latin, "latin-italic.ttf", BundledFonts.LatinSerifItalic, false, true));
        if (bold) wanted.Add((EmbeddedFontKind.Latin, "latin-bold.ttf", BundledFonts.LatinSerifBold, true, false));
        if (italic && bold) wanted.Add((EmbeddedFontKind.Latin, "latin-bold-italic.ttf", BundledFonts.LatinSerifBoldItalic, true, true));

        // The CJK face sets what the Latin one lacks, and the script-dependent marks next to CJK.
        var latin = FontCharacters.Covered(BundledFonts.LatinSerif, characters);
        var cjk = characters.Where(cp => !latin.Contains(cp) || ScriptContext.IsAmbiguous(cp)).ToList();
        var fonts = new EmbeddedFont?[wanted.Count + 1];
        Parallel.For(0, fonts.Length, i =>
        {
            if (i < wanted.Count)
            {
                var (kind, file, path, isBold, isItalic) = wanted[i];
                fonts[i] = new EmbeddedFont(kind, file, FontSubsetter.Subset(path, characters)) { Bold = isBold, Italic = isItalic };
            }
            else if (cjk.Any(Cjk.IsWide))
            {
                var subset = FontSubsetter.Subset(BundledFonts.Serif, cjk);
                fonts[i] = subset.Length <= MaxCjkFontBytes ? new EmbeddedFont(EmbeddedFontKind.Cjk, "cjk.ttf", subset) : null;
            }
        });
        return [.. fonts.OfType<EmbeddedFont>()];
    }
}
