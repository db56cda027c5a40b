using IDocBook.Media.Fonts;
using SkiaSharp;

namespace IDocBook.Pdf.Fonts;

/// <summary>One font file as <c>idocbook fonts</c> lists it.</summary>
public sealed record FontEntry(FontSource Source, string Family, string Outlines, int Characters);

/// <summary>What <c>idocbook fonts</c> shows: the fonts a book's chains try, in order, and the machine's fonts behind them.</summary>
public static class FontCatalog
{
    /// <summary>Every file the roles' chains try, in the order of the body chain first, then what the other roles add.</summary>
    public static IReadOnlyList<FontSource> Chained(FontChoice choice) =>
        [.. Enum.GetValues<FontRole>().SelectMany(r => FallbackChains.For(r, choice)).DistinctBy(s => s.Path, StringComparer.Ordinal)];

    /// <summary>The first faces of a role's chain, up to its first CJK face (what a reader sees of the role).</summary>
    public static IReadOnlyList<string> Leading(FontRole role, FontChoice choice) =>
        [.. FallbackChains.For(role, choice).Take(3).Select(s => Path.GetFileNameWithoutExtension(s.Path))];

    public static IReadOnlyList<FontSource> System() =>
        [.. SystemFonts.FilesIn(SystemFonts.Folders()).Select(p => new FontSource(p, FontOrigin.System))];

    /// <summary>The file's family name, outline format and character count; null when it is not a readable font.</summary>
    public static FontEntry? Describe(FontSource source)
    {
        using var cmap = FontCmap.Open(source.Path);
        if (cmap is null) return null;
        using var typeface = SKTypeface.FromFile(source.Path);
        return new FontEntry(source, typeface?.FamilyName ?? Path.GetFileNameWithoutExtension(source.Path),
            cmap.IsCff ? "OpenType CFF" : "TrueType", cmap.Count);
    }
}
